using System;
using System.IO;

namespace PowerGovernance.Tests.Documentation;

/// <summary>Finds the repository's files from the test's output folder.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder that holds <c>PowerGovernance.sln</c>, searched upwards from the test's output folder.</summary>
    internal static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PowerGovernance.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("PowerGovernance.sln not found above " + AppContext.BaseDirectory);
    }
}
