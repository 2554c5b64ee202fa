using System;
using System.Linq;
using System.Reflection;
using PowerGovernance.Calendars;

namespace PowerGovernance.Tests;

/// <summary>Reflection checks of conventions every public type of the kernel follows.</summary>
public class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(IWorkingCalendar).Assembly.GetExportedTypes();

    /// <summary>The extension points a host derives from on purpose: another seal or audit-chain digest (e.g. SM3).</summary>
    private static readonly Type[] ExtensionPoints = [typeof(PowerGovernance.Procedures.CaseSeal), typeof(PowerGovernance.Procedures.AuditDigest)];

    [Fact]
    public void Public_classes_are_sealed_or_static()
    {
        var open = PublicTypes
            .Where(t => t.IsClass && !t.IsSealed && !(t.IsAbstract && t.IsSealed) && !ExtensionPoints.Contains(t))
            .Where(t => !(t.IsAbstract && t.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).All(c => c.IsAssembly || c.IsFamilyAndAssembly || c.IsPrivate)))
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void Public_types_other_than_builders_and_registration_options_expose_no_setters()
    {
        var settable = PublicTypes
            .Where(t => !t.Name.EndsWith("Builder", StringComparison.Ordinal) && !typeof(Exception).IsAssignableFrom(t))
            .Where(t => t.Namespace != "PowerGovernance.DependencyInjection")
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        Assert.Empty(settable);
    }

    [Fact]
    public void Public_instance_fields_do_not_exist()
    {
        var fields = PublicTypes
            .Where(t => !t.IsEnum)
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance))
            .Select(f => f.DeclaringType!.Name + "." + f.Name);

        Assert.Empty(fields);
    }

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
