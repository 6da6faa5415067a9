using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace ThreeDsContracts.CodeFixes;

/// <summary>A member to add: its wire path below the object, and the text of its placeholder.</summary>
internal sealed class MemberToAdd
{
    public MemberToAdd(string[] path, string todo)
    {
        Path = path;
        Todo = todo;
    }

    public string[] Path { get; }

    public string Todo { get; }
}

/// <summary>
/// Adds members to an object creation or <c>with</c> initializer, creating the nested objects on the way.
/// Each added value is <c>default(T?) ?? throw new NotImplementedException("TODO: …")</c>: it compiles,
/// and building the payload throws until a real value replaces it, so a placeholder can never travel to
/// a provider as a wrong value.
/// </summary>
internal static class MemberPlaceholders
{
    public static async Task<Document> AddAsync(Document document, Location ownerLocation, IReadOnlyList<MemberToAdd> members, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null || FindOwner(root, ownerLocation) is not { } owner || model.GetTypeInfo(owner, cancellationToken).Type is not { } type)
        {
            return document;
        }

        var tree = new Node();
        foreach (MemberToAdd member in members)
        {
            Node current = tree;
            foreach (string step in member.Path)
            {
                current = current.Child(step);
            }

            current.Todo ??= member.Todo;
        }

        var layout = new Layout(await document.GetTextAsync(cancellationToken).ConfigureAwait(false));
        ExpressionSyntax updated = Fill(owner, type, tree, model.Compilation, layout, layout.IndentOf(owner));
        return document.WithSyntaxRoot(root.ReplaceNode(owner, updated));
    }

    /// <summary>The creation or <c>with</c> whose head (<c>new T(…)</c>, <c>x with</c>) the location marks.</summary>
    public static ExpressionSyntax? FindOwner(SyntaxNode root, Location location)
    {
        if (!location.IsInSource || location.SourceSpan.End > root.FullSpan.End)
        {
            return null;
        }

        SyntaxToken token = root.FindToken(location.SourceSpan.Start);
        foreach (SyntaxNode node in token.Parent?.AncestorsAndSelf() ?? Enumerable.Empty<SyntaxNode>())
        {
            if (node is BaseObjectCreationExpressionSyntax or WithExpressionSyntax && node.SpanStart == location.SourceSpan.Start)
            {
                return (ExpressionSyntax)node;
            }
        }

        return null;
    }

    private sealed class Node
    {
        public List<(string Wire, Node Node)> Children { get; } = new();

        public string? Todo { get; set; }

        public Node Child(string wire)
        {
            foreach ((string name, Node node) in Children)
            {
                if (name == wire)
                {
                    return node;
                }
            }

            var child = new Node();
            Children.Add((wire, child));
            return child;
        }
    }

    private static ExpressionSyntax Fill(ExpressionSyntax owner, ITypeSymbol type, Node tree, Compilation compilation, Layout layout, string ownerIndent)
    {
        InitializerExpressionSyntax? initializer = owner switch
        {
            BaseObjectCreationExpressionSyntax creation => creation.Initializer,
            WithExpressionSyntax with => with.Initializer,
            _ => null,
        };
        var expressions = initializer?.Expressions.ToList() ?? new List<ExpressionSyntax>();
        int existing = expressions.Count;
        bool multiLine = initializer is null || !layout.SameLine(initializer.OpenBraceToken, initializer.CloseBraceToken);
        string memberIndent = initializer is null
            ? ownerIndent + Layout.Unit
            : existing > 0 ? layout.IndentOf(expressions[0]) : layout.IndentOf(initializer.CloseBraceToken) + Layout.Unit;

        foreach ((string wire, Node child) in tree.Children)
        {
            if (FindProperty(type, wire) is not { } property)
            {
                continue;
            }

            int index = expressions.FindIndex(e => e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && name.Identifier.ValueText == property.Name);
            ExpressionSyntax? current = index >= 0 && index < existing ? Unparenthesize(((AssignmentExpressionSyntax)expressions[index]).Right) : null;
            ExpressionSyntax value;
            if (child.Children.Count == 0)
            {
                value = Placeholder(property.Type, child.Todo ?? wire);
            }
            else
            {
                ITypeSymbol nestedType = NestedType(property.Type, compilation);
                value = current is BaseObjectCreationExpressionSyntax or WithExpressionSyntax
                    ? Fill(current, nestedType, child, compilation, layout, layout.IndentOf(current))
                    : Fill(NewObject(nestedType), nestedType, child, compilation, layout, memberIndent);
            }

            if (index >= 0)
            {
                AssignmentExpressionSyntax assignment = (AssignmentExpressionSyntax)expressions[index];
                expressions[index] = assignment.WithRight(value.WithTriviaFrom(assignment.Right));
            }
            else
            {
                expressions.Add(Assignment(property.Name, value));
            }
        }

        // A new object must also set the members the compiler requires.
        if (initializer is null && owner is BaseObjectCreationExpressionSyntax)
        {
            foreach (IPropertySymbol required in type.GetMembers().OfType<IPropertySymbol>().Where(p => p.IsRequired))
            {
                if (!expressions.Any(e => e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && name.Identifier.ValueText == required.Name))
                {
                    expressions.Add(Assignment(required.Name, Placeholder(required.Type, WireName(required) + " (required by the schema)")));
                }
            }
        }

        InitializerExpressionSyntax newInitializer;
        if (initializer is null)
        {
            newInitializer = SyntaxFactory.InitializerExpression(
                SyntaxKind.ObjectInitializerExpression,
                SyntaxFactory.Token(SyntaxKind.OpenBraceToken)
                    .WithLeadingTrivia(layout.NewLine, SyntaxFactory.Whitespace(ownerIndent))
                    .WithTrailingTrivia(layout.NewLine),
                Layout.List(expressions, 0, trailingComma: true, layout.NewLine, memberIndent, null),
                SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithLeadingTrivia(SyntaxFactory.Whitespace(ownerIndent)).WithTrailingTrivia(owner.GetTrailingTrivia()));
        }
        else
        {
            bool trailing = initializer.Expressions.Count > 0 && initializer.Expressions.SeparatorCount == initializer.Expressions.Count;
            newInitializer = multiLine
                ? initializer.WithExpressions(Layout.List(expressions, existing, trailing, layout.NewLine, memberIndent, initializer.Expressions))
                : initializer.WithExpressions(Layout.List(expressions, existing, trailing, SyntaxFactory.Space, string.Empty, initializer.Expressions));
        }

        return owner switch
        {
            ObjectCreationExpressionSyntax creation when initializer is null => (creation.ArgumentList is null ? creation.WithType(creation.Type.WithoutTrailingTrivia()) : creation.WithArgumentList(creation.ArgumentList.WithoutTrailingTrivia()))
                .WithInitializer(newInitializer),
            ObjectCreationExpressionSyntax creation => creation.WithInitializer(newInitializer),
            ImplicitObjectCreationExpressionSyntax implicitCreation when initializer is null => implicitCreation.WithArgumentList(implicitCreation.ArgumentList.WithoutTrailingTrivia()).WithInitializer(newInitializer),
            ImplicitObjectCreationExpressionSyntax implicitCreation => implicitCreation.WithInitializer(newInitializer),
            WithExpressionSyntax with => with.WithInitializer(newInitializer),
            _ => owner,
        };
    }

    private static AssignmentExpressionSyntax Assignment(string name, ExpressionSyntax value) => SyntaxFactory.AssignmentExpression(
        SyntaxKind.SimpleAssignmentExpression,
        SyntaxFactory.IdentifierName(name),
        SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), SyntaxKind.EqualsToken, SyntaxFactory.TriviaList(SyntaxFactory.Space)),
        value);

    /// <summary>Line breaks and indentation of the document being fixed.</summary>
    private sealed class Layout
    {
        public const string Unit = "    ";

        private readonly Microsoft.CodeAnalysis.Text.SourceText _text;

        public Layout(Microsoft.CodeAnalysis.Text.SourceText text)
        {
            _text = text;
            NewLine = text.ToString().Contains("\r\n") ? SyntaxFactory.CarriageReturnLineFeed : SyntaxFactory.LineFeed;
        }

        public SyntaxTrivia NewLine { get; }

        public bool SameLine(SyntaxToken a, SyntaxToken b) =>
            _text.Lines.GetLineFromPosition(a.SpanStart).LineNumber == _text.Lines.GetLineFromPosition(b.SpanStart).LineNumber;

        public string IndentOf(SyntaxNode node) => IndentAt(node.SpanStart);

        public string IndentOf(SyntaxToken token) => IndentAt(token.SpanStart);

        private string IndentAt(int position)
        {
            string line = _text.Lines.GetLineFromPosition(position).ToString();
            int count = 0;
            while (count < line.Length && (line[count] == ' ' || line[count] == '\t'))
            {
                count++;
            }

            return line.Substring(0, count);
        }

        /// <summary>
        /// The members with separators: the first <paramref name="existing"/> keep theirs; the new ones go on
        /// their own lines (or after a space on a one-line initializer).
        /// </summary>
        public static SeparatedSyntaxList<ExpressionSyntax> List(
            List<ExpressionSyntax> expressions,
            int existing,
            bool trailingComma,
            SyntaxTrivia separatorTrivia,
            string memberIndent,
            SeparatedSyntaxList<ExpressionSyntax>? original)
        {
            bool newLines = separatorTrivia.IsKind(SyntaxKind.EndOfLineTrivia);
            var items = new List<SyntaxNodeOrToken>();
            for (int i = 0; i < expressions.Count; i++)
            {
                ExpressionSyntax expression = expressions[i];
                bool last = i == expressions.Count - 1;
                if (i < existing && original is { } list)
                {
                    if (i < list.SeparatorCount)
                    {
                        items.Add(expression);
                        items.Add(list.GetSeparator(i));
                    }
                    else if (!last)
                    {
                        // The old last member gets a comma; its line break moves behind the comma.
                        items.Add(expression.WithoutTrailingTrivia());
                        items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(expression.GetTrailingTrivia()));
                    }
                    else
                    {
                        items.Add(expression);
                    }

                    continue;
                }

                expression = newLines ? expression.WithLeadingTrivia(SyntaxFactory.Whitespace(memberIndent)) : expression.WithoutLeadingTrivia();
                if (!last || trailingComma)
                {
                    items.Add(expression.WithoutTrailingTrivia());
                    items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(separatorTrivia));
                }
                else
                {
                    items.Add(expression.WithTrailingTrivia(separatorTrivia));
                }
            }

            return SyntaxFactory.SeparatedList<ExpressionSyntax>(items);
        }
    }

    private static ExpressionSyntax? Unparenthesize(ExpressionSyntax? expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    private static ObjectCreationExpressionSyntax NewObject(ITypeSymbol type) => SyntaxFactory.ObjectCreationExpression(
        SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space),
        TypeSyntaxOf(type),
        null,
        null);

    /// <summary>The type of the object a property holds: <c>T</c> of <c>T?</c> and of <c>EncodedJson&lt;T&gt;</c> (converted implicitly).</summary>
    private static ITypeSymbol NestedType(ITypeSymbol type, Compilation compilation)
    {
        if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic)
        {
            INamedTypeSymbol definition = generic.OriginalDefinition;
            if (definition.SpecialType == SpecialType.System_Nullable_T
                || SymbolEqualityComparer.Default.Equals(definition, compilation.GetTypeByMetadataName("ThreeDsContracts.EncodedJson`1")))
            {
                return NestedType(generic.TypeArguments[0], compilation);
            }
        }

        return type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
    }

    private static IPropertySymbol? FindProperty(ITypeSymbol type, string wire)
    {
        IPropertySymbol? byName = null;
        foreach (IPropertySymbol property in type.GetMembers().OfType<IPropertySymbol>())
        {
            string? json = JsonName(property);
            if (json == wire)
            {
                return property;
            }

            if (json is null && property.Name == wire)
            {
                byName = property;
            }
        }

        return byName;
    }

    private static string? JsonName(IPropertySymbol property) => property.GetAttributes()
        .Where(a => a.AttributeClass?.Name == "JsonPropertyNameAttribute" && a.ConstructorArguments.Length == 1)
        .Select(a => a.ConstructorArguments[0].Value as string)
        .FirstOrDefault();

    private static string WireName(IPropertySymbol property) => JsonName(property) ?? property.Name;

    /// <summary><c>default(T?) ?? throw new System.NotImplementedException("TODO: …")</c>.</summary>
    private static ExpressionSyntax Placeholder(ITypeSymbol type, string todo)
    {
        ITypeSymbol underlying = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        string literal = SyntaxFactory.Literal("TODO: " + todo).Text;
        var parsed = (BinaryExpressionSyntax)SyntaxFactory.ParseExpression(
            "default(" + DisplayOf(underlying) + "?) ?? throw new global::System.NotImplementedException(" + literal + ")");
        return parsed.ReplaceNodes(
            parsed.DescendantNodes().OfType<TypeSyntax>().Where(t => t.Parent is NullableTypeSyntax || t.Parent is ObjectCreationExpressionSyntax),
            (original, _) => original.WithAdditionalAnnotations(Simplifier.Annotation));
    }

    private static string DisplayOf(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(
        SymbolDisplayFormat.FullyQualifiedFormat.MiscellaneousOptions | SymbolDisplayMiscellaneousOptions.UseSpecialTypes));

    private static TypeSyntax TypeSyntaxOf(ITypeSymbol type) =>
        SyntaxFactory.ParseTypeName(DisplayOf(type)).WithAdditionalAnnotations(Simplifier.Annotation);
}
