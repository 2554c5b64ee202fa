using System;
using System.IO;
using System.Text;
using NodaTime;

namespace PowerGovernance.Tool;

/// <summary>The process entry point: the composition root (system clock, console) around <see cref="PowergovApp"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        try
        {
            // Chinese text must reach the console intact, also on Windows consoles with a legacy code page.
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (IOException)
        {
            // No console to configure (e.g. a detached process); the redirected streams keep their encoding.
        }

        return PowergovApp.Run(args, Console.Out, Console.Error, SystemClock.Instance);
    }
}
