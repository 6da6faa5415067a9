using System.Collections.Generic;
using System.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using ThreeDsContracts.Testing;
using Xunit;

namespace ThreeDsContracts.Schemas.Tests;

public class FixtureValidationTests
{
    public static IEnumerable<object[]> ValidFixtures => Fixtures.Rows(Fixtures.Valid);

    public static IEnumerable<object[]> InvalidFixtures => Fixtures.Rows(Fixtures.Invalid);

    [Theory]
    [MemberData(nameof(ValidFixtures))]
    public void Seed_fixture_validates_against_its_schema(string name)
    {
        Fixture fixture = Fixtures.Named(name);
        JsonSchema schema = SchemaSet.Load(fixture.SchemaId, fixture.Pointer);

        ICollection<ValidationError> errors = schema.Validate(fixture.Text);

        Assert.True(errors.Count == 0, name + ": " + string.Join("; ", Flatten(errors).Select(e => e.Kind + " at " + e.Path)));
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Invalid_variant_fails_validation_naming_the_json_path(string name)
    {
        Fixture fixture = Fixtures.Named(name);
        JsonSchema schema = SchemaSet.Load(fixture.SchemaId, fixture.Pointer);

        var errors = Flatten(schema.Validate(fixture.Text)).ToList();

        Assert.NotEmpty(errors);
        string expected = fixture.ExpectPath ?? string.Empty;
        Assert.True(
            errors.Any(e => Dotted(e.Path) == expected),
            $"{name}: expected a finding at {expected}, got {string.Join("; ", errors.Select(e => e.Kind + " at " + e.Path))}");
    }

    internal static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (ValidationError error in errors)
        {
            yield return error;
            if (error is ChildSchemaValidationError child)
            {
                foreach (ValidationError nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>NJsonSchema writes "#/a.b[0].c"; manifests write "a.b[0].c" ("" for the root).</summary>
    internal static string Dotted(string? path) => (path ?? "#").TrimStart('#').TrimStart('/');
}
