using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using ThreeDsContracts.Analyzers;

namespace ThreeDsContracts.CodeFixes;

/// <summary>
/// TDS1001 and TDS1003: adds every member the card brand requires on the object, with placeholders that
/// throw until a real value is set. All diagnostics on one object make the same edit, so "fix all"
/// (batch) merges them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddRequiredMembersCodeFixProvider)), Shared]
public sealed class AddRequiredMembersCodeFixProvider : CodeFixProvider
{
    internal const string EquivalenceKey = "ThreeDsContracts.AddRequiredMembers";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(RuleIdentifiers.BrandRequiredMemberMissing, RuleIdentifiers.AuthenticationSkippedWithoutMember);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            if (diagnostic.AdditionalLocations.Count == 0
                || !diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.MissingMembers, out string? text)
                || string.IsNullOrEmpty(text))
            {
                continue;
            }

            List<MemberToAdd> members = Parse(text!);
            if (members.Count == 0)
            {
                continue;
            }

            Location owner = diagnostic.AdditionalLocations[0];
            string names = string.Join(", ", members.Select(m => m.Path[m.Path.Length - 1]));
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add " + names + " (placeholders that throw until set)",
                    cancellationToken => MemberPlaceholders.AddAsync(context.Document, owner, members, cancellationToken),
                    EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    private static List<MemberToAdd> Parse(string text)
    {
        var members = new List<MemberToAdd>();
        foreach (string line in text.Split('\n'))
        {
            string[] parts = line.Split('\t');
            if (parts.Length != 3 || parts[0].Length == 0)
            {
                continue;
            }

            members.Add(new MemberToAdd(parts[0].Split('.'), parts[0] + " for " + parts[2] + " (" + parts[1] + ")"));
        }

        return members;
    }
}
