using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using ThreeDsContracts.Testing.Compilation;
using ThreeDsContracts.Testing.Snapshots;

namespace ThreeDsContracts.Testing.Analyzers;

/// <summary>Another project of a code-fix test's solution (for "fix all in solution").</summary>
public sealed class TestProject
{
    public TestProject(string name)
    {
        Name = name;
    }

    public string Name { get; }

    /// <summary>Sources before the fix (markup is removed, not compared).</summary>
    public List<string> Sources { get; } = new();

    /// <summary>Sources expected after the fix.</summary>
    public List<string> FixedSources { get; } = new();
}

/// <summary>
/// A code-fix test in the manner of Microsoft.CodeAnalysis.Testing's CodeFixTest: the analyzer test of the
/// sources, then the fix applied one diagnostic at a time until none is left (the result must equal the
/// fixed sources), then "fix all" in document, project and solution scope (each must reach the same
/// result). Runs in an AdhocWorkspace; the fixed code must compile without errors.
/// </summary>
public class CodeFixTest<TAnalyzer, TCodeFix> : AnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    private const int MaxIterations = 50;

    /// <summary>The first source after the fix.</summary>
    public string FixedCode
    {
        set => FixedSources.Insert(0, value);
    }

    /// <summary>Sources after the fix, in the order of <see cref="AnalyzerTest{TAnalyzer}.Sources"/>.</summary>
    public List<string> FixedSources { get; } = new();

    /// <summary>Further projects of the solution.</summary>
    public List<TestProject> AdditionalProjects { get; } = new();

    /// <summary>Diagnostics expected to remain after the fix (besides those marked in the fixed sources).</summary>
    public List<DiagnosticResult> FixedExpectedDiagnostics { get; } = new();

    /// <summary>The code action to apply, by equivalence key (default: by <see cref="CodeActionIndex"/>).</summary>
    public string? CodeActionEquivalenceKey { get; set; }

    /// <summary>The code action to apply among those offered for a diagnostic (default 0).</summary>
    public int CodeActionIndex { get; set; }

    /// <summary>When set, the number of single fixes the test must take.</summary>
    public int? NumberOfIncrementalIterations { get; set; }

    /// <summary>When set, the number of "fix all" passes each scope must take (default: any up to 10).</summary>
    public int? NumberOfFixAllIterations { get; set; }

    /// <summary>The "fix all" scopes to test.</summary>
    public List<FixAllScope> FixAllScopes { get; } = new() { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    public override async Task RunAsync(CancellationToken cancellationToken = default)
    {
        await base.RunAsync(cancellationToken).ConfigureAwait(false);
        ImmutableArray<DiagnosticAnalyzer> analyzers = CreateAnalyzers();
        var fix = new TCodeFix();

        (Solution original, List<(DocumentId Id, string Expected)> expectations) = CreateSolution();

        // One fix at a time.
        Solution incremental = await FixIncrementallyAsync(original, analyzers, fix, cancellationToken).ConfigureAwait(false);
        await CompareAsync(incremental, expectations, analyzers, "After applying the fix to each diagnostic in turn", cancellationToken).ConfigureAwait(false);

        foreach (FixAllScope scope in FixAllScopes)
        {
            Solution fixedAll = await FixAllAsync(original, analyzers, fix, scope, cancellationToken).ConfigureAwait(false);
            await CompareAsync(fixedAll, expectations, analyzers, "After fix all in " + scope, cancellationToken).ConfigureAwait(false);
        }
    }

    private (Solution Solution, List<(DocumentId Id, string Expected)> Expectations) CreateSolution()
    {
        if (FixedSources.Count != Sources.Count)
        {
            throw new AnalyzerVerificationException($"{Sources.Count} sources but {FixedSources.Count} fixed sources.");
        }

        var workspace = new AdhocWorkspace();
        Solution solution = workspace.CurrentSolution;
        var expectations = new List<(DocumentId, string)>();
        var projects = new List<(string Name, List<string> Sources, List<string> Fixed)> { (AssemblyName, Sources, FixedSources) };
        projects.AddRange(AdditionalProjects.Select(p => (p.Name, p.Sources, p.FixedSources)));
        foreach ((string name, List<string> sources, List<string> fixedSources) in projects)
        {
            if (fixedSources.Count != sources.Count)
            {
                throw new AnalyzerVerificationException($"Project {name}: {sources.Count} sources but {fixedSources.Count} fixed sources.");
            }

            ProjectId projectId = ProjectId.CreateNewId(name);
            solution = solution.AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                name,
                name,
                LanguageNames.CSharp,
                compilationOptions: CompilationOptions(),
                parseOptions: TestCompilation.ParseOptions,
                metadataReferences: TestCompilation.References));
            if (name == AssemblyName)
            {
                // The generator's output for the test schemas, as the compiler would add it: generated documents
                // (*.g.cs, not analysed, not compared) beside the test sources.
                foreach ((string hintName, string text) in GeneratedSources())
                {
                    string path = "/0/Generated/" + hintName;
                    solution = solution.AddDocument(DocumentId.CreateNewId(projectId, path), hintName, SourceText.From(text, Encoding.UTF8), filePath: path);
                }
            }

            for (int i = 0; i < sources.Count; i++)
            {
                DocumentId documentId = DocumentId.CreateNewId(projectId, SourcePath(i));
                solution = solution.AddDocument(documentId, SourcePath(i), SourceText.From(TestFileMarkupParser.GetText(sources[i]), Encoding.UTF8), filePath: SourcePath(i));
                expectations.Add((documentId, fixedSources[i]));
            }
        }

        return (solution, expectations);
    }

    private IEnumerable<(string HintName, string Text)> GeneratedSources()
    {
        if (Schemas.Count == 0)
        {
            return Enumerable.Empty<(string, string)>();
        }

        GeneratorRun run = RunGenerator(Array.Empty<string>());
        return run.Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)).ToList();
    }

    private CSharpCompilationOptions CompilationOptions()
    {
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
            .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress });
        return EditorConfig is null ? options : options.WithSyntaxTreeOptionsProvider(new EditorConfigSeverities(EditorConfig));
    }

    private static async Task<List<Diagnostic>> FixableDiagnosticsAsync(Solution solution, ImmutableArray<DiagnosticAnalyzer> analyzers, CodeFixProvider fix, CancellationToken cancellationToken)
    {
        var result = new List<Diagnostic>();
        foreach (Project project in solution.Projects.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            Microsoft.CodeAnalysis.Compilation compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
            AnalysisRun run = await DiagnosticVerifier.AnalyzeAsync(compilation, analyzers, cancellationToken).ConfigureAwait(false);
            DiagnosticVerifier.AssertNoAnalyzerExceptions(run);
            result.AddRange(run.AnalyzerDiagnostics
                .Where(d => fix.FixableDiagnosticIds.Contains(d.Id) && d.Location.IsInSource)
                .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal));
        }

        return result;
    }

    private async Task<CodeAction?> ActionForAsync(Solution solution, Diagnostic diagnostic, CodeFixProvider fix, CancellationToken cancellationToken)
    {
        Document? document = solution.GetDocument(diagnostic.Location.SourceTree);
        if (document is null)
        {
            throw new AnalyzerVerificationException("No document holds the diagnostic " + diagnostic);
        }

        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await fix.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        if (CodeActionEquivalenceKey is not null)
        {
            return actions.FirstOrDefault(a => a.EquivalenceKey == CodeActionEquivalenceKey);
        }

        return CodeActionIndex < actions.Count ? actions[CodeActionIndex] : null;
    }

    private static async Task<Solution> ApplyAsync(CodeAction action, CancellationToken cancellationToken)
    {
        ImmutableArray<CodeActionOperation> operations = await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        ApplyChangesOperation? apply = operations.OfType<ApplyChangesOperation>().SingleOrDefault();
        return apply?.ChangedSolution ?? throw new AnalyzerVerificationException($"The code action '{action.Title}' changes nothing.");
    }

    private async Task<Solution> FixIncrementallyAsync(Solution solution, ImmutableArray<DiagnosticAnalyzer> analyzers, CodeFixProvider fix, CancellationToken cancellationToken)
    {
        int iterations = 0;
        while (true)
        {
            List<Diagnostic> diagnostics = await FixableDiagnosticsAsync(solution, analyzers, fix, cancellationToken).ConfigureAwait(false);
            Solution? next = null;
            foreach (Diagnostic diagnostic in diagnostics)
            {
                CodeAction? action = await ActionForAsync(solution, diagnostic, fix, cancellationToken).ConfigureAwait(false);
                if (action is null)
                {
                    continue;
                }

                next = await ApplyAsync(action, cancellationToken).ConfigureAwait(false);
                if (await SameTextAsync(solution, next, cancellationToken).ConfigureAwait(false))
                {
                    throw new AnalyzerVerificationException($"The code action '{action.Title}' for {diagnostic} makes no change.");
                }

                break;
            }

            if (next is null)
            {
                break;
            }

            solution = next;
            if (++iterations > MaxIterations)
            {
                throw new AnalyzerVerificationException($"The fix did not converge after {MaxIterations} single fixes.");
            }
        }

        if (NumberOfIncrementalIterations is { } expected && expected != iterations)
        {
            throw new AnalyzerVerificationException($"Expected {expected} single fixes, took {iterations}.");
        }

        return solution;
    }

    private async Task<Solution> FixAllAsync(Solution solution, ImmutableArray<DiagnosticAnalyzer> analyzers, CodeFixProvider fix, FixAllScope scope, CancellationToken cancellationToken)
    {
        FixAllProvider provider = fix.GetFixAllProvider() ?? throw new AnalyzerVerificationException(typeof(TCodeFix).Name + " has no FixAllProvider.");
        if (!provider.GetSupportedFixAllScopes().Contains(scope))
        {
            throw new AnalyzerVerificationException(typeof(TCodeFix).Name + "'s FixAllProvider does not support " + scope + ".");
        }

        int iterations = 0;
        int limit = NumberOfFixAllIterations ?? 10;
        while (true)
        {
            List<Diagnostic> diagnostics = await FixableDiagnosticsAsync(solution, analyzers, fix, cancellationToken).ConfigureAwait(false);
            Diagnostic? first = null;
            CodeAction? firstAction = null;
            foreach (Diagnostic diagnostic in diagnostics)
            {
                firstAction = await ActionForAsync(solution, diagnostic, fix, cancellationToken).ConfigureAwait(false);
                if (firstAction is not null)
                {
                    first = diagnostic;
                    break;
                }
            }

            if (first is null || firstAction is null)
            {
                break;
            }

            Document document = solution.GetDocument(first.Location.SourceTree)!;
            var context = new FixAllContext(
                document,
                fix,
                scope,
                firstAction.EquivalenceKey,
                fix.FixableDiagnosticIds,
                new TestDiagnosticProvider(analyzers),
                cancellationToken);
            CodeAction? fixAll = await provider.GetFixAsync(context).ConfigureAwait(false);
            if (fixAll is null)
            {
                throw new AnalyzerVerificationException("Fix all in " + scope + " offered no action.");
            }

            Solution next = await ApplyAsync(fixAll, cancellationToken).ConfigureAwait(false);
            if (await SameTextAsync(solution, next, cancellationToken).ConfigureAwait(false))
            {
                throw new AnalyzerVerificationException("Fix all in " + scope + " made no change.");
            }

            solution = next;
            if (++iterations > limit)
            {
                throw new AnalyzerVerificationException($"Fix all in {scope} did not converge after {limit} passes.");
            }
        }

        if (NumberOfFixAllIterations is { } expected && expected != iterations)
        {
            throw new AnalyzerVerificationException($"Expected {expected} fix-all passes in {scope}, took {iterations}.");
        }

        return solution;
    }

    private static async Task<bool> SameTextAsync(Solution before, Solution after, CancellationToken cancellationToken)
    {
        foreach (ProjectId projectId in before.ProjectIds)
        {
            foreach (DocumentId documentId in before.GetProject(projectId)!.DocumentIds)
            {
                SourceText a = await before.GetDocument(documentId)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                SourceText? b = after.GetDocument(documentId) is { } doc ? await doc.GetTextAsync(cancellationToken).ConfigureAwait(false) : null;
                if (b is null || a.ToString() != b.ToString())
                {
                    return false;
                }
            }
        }

        return true;
    }

    private async Task CompareAsync(Solution solution, List<(DocumentId Id, string Expected)> expectations, ImmutableArray<DiagnosticAnalyzer> analyzers, string context, CancellationToken cancellationToken)
    {
        var problems = new StringBuilder();
        var markup = new Dictionary<string, MarkupResult>(StringComparer.Ordinal);
        foreach ((DocumentId id, string expectedWithMarkup) in expectations)
        {
            MarkupResult expected = TestFileMarkupParser.Parse(expectedWithMarkup);
            if (id.ProjectId == solution.Projects.First(p => p.Name == AssemblyName).Id)
            {
                markup[solution.GetDocument(id)!.Name] = expected;
            }

            string actual = (await solution.GetDocument(id)!.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
            if (Normalize(actual) != Normalize(expected.Text))
            {
                Document document = solution.GetDocument(id)!;
                problems.Append(document.Project.Name).Append('/').Append(document.Name).AppendLine(" differs (- expected, + actual):")
                    .AppendLine(Snapshot.Diff(Normalize(expected.Text), Normalize(actual)))
                    .AppendLine("Actual:").AppendLine(actual);
            }
        }

        if (problems.Length > 0)
        {
            throw new AnalyzerVerificationException(context + ":\n" + problems);
        }

        foreach (Project project in solution.Projects)
        {
            Microsoft.CodeAnalysis.Compilation compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
            AnalysisRun run = await DiagnosticVerifier.AnalyzeAsync(compilation, analyzers, cancellationToken).ConfigureAwait(false);
            DiagnosticVerifier.AssertNoAnalyzerExceptions(run);
            if (project.Name == AssemblyName)
            {
                List<DiagnosticResult> expected = ExpectedFromMarkup(markup, analyzers).Concat(FixedExpectedDiagnostics).ToList();
                DiagnosticVerifier.Verify(expected, DiagnosticVerifier.Relevant(run, analyzers, CompilerDiagnostics), markup, SourcePath(0), context + ", diagnostics of the fixed code");
            }
            else
            {
                DiagnosticVerifier.Verify(Array.Empty<DiagnosticResult>(), DiagnosticVerifier.Relevant(run, analyzers, CompilerDiagnostics.Errors), markup, SourcePath(0), context + ", diagnostics of project " + project.Name);
            }
        }
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    private sealed class TestDiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

        public TestDiagnosticProvider(ImmutableArray<DiagnosticAnalyzer> analyzers) => _analyzers = analyzers;

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            SyntaxTree? tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
            return (await AllAsync(document.Project, cancellationToken).ConfigureAwait(false)).Where(d => d.Location.SourceTree == tree);
        }

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            (await AllAsync(project, cancellationToken).ConfigureAwait(false)).Where(d => !d.Location.IsInSource);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            AllAsync(project, cancellationToken);

        private async Task<IEnumerable<Diagnostic>> AllAsync(Project project, CancellationToken cancellationToken)
        {
            Microsoft.CodeAnalysis.Compilation compilation = (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
            AnalysisRun run = await DiagnosticVerifier.AnalyzeAsync(compilation, _analyzers, cancellationToken).ConfigureAwait(false);
            DiagnosticVerifier.AssertNoAnalyzerExceptions(run);
            return run.AnalyzerDiagnostics;
        }
    }
}

/// <summary>Entry points for code-fix tests: <c>CodeFixVerifier&lt;MyAnalyzer, MyFix&gt;.VerifyCodeFixAsync(source, fixedSource)</c>.</summary>
public static class CodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic() => AnalyzerVerifier<TAnalyzer>.Diagnostic();

    public static DiagnosticResult Diagnostic(string id) => AnalyzerVerifier<TAnalyzer>.Diagnostic(id);

    public static Task VerifyAnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerVerifier<TAnalyzer>.VerifyAnalyzerAsync(source, expected);

    public static Task VerifyCodeFixAsync(string source, string fixedSource) =>
        VerifyCodeFixAsync(source, Array.Empty<DiagnosticResult>(), fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult expected, string fixedSource) =>
        VerifyCodeFixAsync(source, new[] { expected }, fixedSource);

    public static Task VerifyCodeFixAsync(string source, DiagnosticResult[] expected, string fixedSource)
    {
        var test = new CodeFixTest<TAnalyzer, TCodeFix> { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
