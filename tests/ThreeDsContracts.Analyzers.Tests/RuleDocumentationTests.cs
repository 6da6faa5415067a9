using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using ThreeDsContracts.Analyzers.Rules;
using ThreeDsContracts.Testing;
using Xunit;

namespace ThreeDsContracts.Analyzers.Tests;

public class RuleDocumentationTests
{
    private const string HelpBase = "https://github.com/threedscontracts/threedscontracts/blob/main/docs/rules/";

    private static IReadOnlyList<DiagnosticAnalyzer> Analyzers() => typeof(BrandRequiredMemberMissingAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToList();

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors() =>
        Analyzers().SelectMany(a => a.SupportedDiagnostics).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_rule_has_a_doc_file_and_a_help_link_to_it()
    {
        IReadOnlyList<DiagnosticDescriptor> descriptors = Descriptors();
        Assert.Equal(7, descriptors.Count);
        foreach (DiagnosticDescriptor descriptor in descriptors)
        {
            Assert.Equal(HelpBase + descriptor.Id + ".md", descriptor.HelpLinkUri);
            string doc = Path.Combine(RepoPaths.Root, "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(doc), "Missing " + doc);
            string text = File.ReadAllText(doc);
            Assert.StartsWith("# " + descriptor.Id + ":", text, StringComparison.Ordinal);
            Assert.Contains("dotnet_diagnostic." + descriptor.Id + ".severity", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Each_analyzer_reports_one_rule_and_every_id_is_unique()
    {
        IReadOnlyList<DiagnosticAnalyzer> analyzers = Analyzers();
        Assert.All(analyzers, a => Assert.Single(a.SupportedDiagnostics));
        Assert.Equal(analyzers.Count, Descriptors().Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void Every_rule_is_in_the_release_tracking_file_and_the_rules_index()
    {
        string unshipped = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "ThreeDsContracts.Analyzers", "AnalyzerReleases.Unshipped.md"));
        string index = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules", "README.md"));
        foreach (DiagnosticDescriptor descriptor in Descriptors())
        {
            Assert.Matches(new Regex("^" + descriptor.Id + @" \| " + Regex.Escape(descriptor.Category) + @" \| " + descriptor.DefaultSeverity + @" \|", RegexOptions.Multiline), unshipped);
            Assert.Contains("(" + descriptor.Id + ".md)", index, StringComparison.Ordinal);
        }
    }
}
