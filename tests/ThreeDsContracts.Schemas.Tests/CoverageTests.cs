using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json.Linq;
using ThreeDsContracts.Testing;
using Xunit;

namespace ThreeDsContracts.Schemas.Tests;

/// <summary>
/// The seeds' tables and lists, and the fields and codes of the providers' published specifications (tables with
/// "published": true, each naming its document), held as data in tests/fixtures/&lt;provider&gt;/coverage.json, must
/// all be in the schemas: every field path, every code value, every brand-eligibility entry; what a published
/// table lists under "notCovered" (with the reason) must not be.
/// </summary>
public class CoverageTests
{
    public static IEnumerable<object[]> Tables()
    {
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Fixtures, "coverage.json", SearchOption.AllDirectories).OrderBy(f => f))
        {
            JArray tables = (JArray)JObject.Parse(File.ReadAllText(file))["tables"]!;
            for (int i = 0; i < tables.Count; i++)
            {
                yield return new object[] { Path.GetFileName(Path.GetDirectoryName(file))!, i };
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_field_and_code_of_a_seed_table_is_in_the_schemas(string provider, int index)
    {
        JObject table = (JObject)JObject.Parse(File.ReadAllText(Path.Combine(RepoPaths.Fixtures, provider, "coverage.json")))["tables"]![index]!;
        string schema = table["schema"]!.ToString();
        var missing = new List<string>();

        foreach (string field in (table["fields"] as JArray ?? new JArray()).Select(f => f.ToString()))
        {
            if (SchemaWalker.Find(schema, field) is null)
            {
                missing.Add("field " + field);
            }
        }

        if (table["codes"] is JObject codes)
        {
            foreach (JProperty list in codes.Properties())
            {
                JObject? node = SchemaWalker.Find(schema, list.Name);
                var values = (node?["enum"] as JArray)?.Select(v => v.ToString(Newtonsoft.Json.Formatting.None).Trim('"')).ToHashSet() ?? new HashSet<string>();
                foreach (string code in ((JArray)list.Value).Select(v => v.ToString()))
                {
                    if (!values.Contains(code))
                    {
                        missing.Add($"code '{code}' of {(list.Name.Length == 0 ? "(root)" : list.Name)}");
                    }
                }
            }
        }

        if (table["brands"] is JObject brands)
        {
            foreach (JProperty list in brands.Properties())
            {
                JObject? eligibility = SchemaWalker.Find(schema, list.Name)?["x-brand-eligibility"] as JObject;
                missing.AddRange(EligibilityGaps(list.Name, (JObject)list.Value, eligibility));
            }
        }

        if (table["brandEligibility"] is JObject expected)
        {
            JObject? eligibility = SchemaWalker.Reachable(schema)
                .Select(n => n["x-brand-eligibility"] as JObject)
                .FirstOrDefault(e => e is not null && expected.Properties().All(p => e[p.Name] is not null));
            missing.AddRange(EligibilityGaps("x-brand-eligibility", expected, eligibility));
        }

        // Published fields a table lists as not covered (with the reason) must really be untyped: a schema that
        // starts to describe one must move it to "fields".
        if (table["notCovered"] is JObject notCovered)
        {
            foreach (JProperty field in notCovered.Properties().Where(p => SchemaWalker.Find(schema, p.Name) is not null))
            {
                missing.Add($"'{field.Name}' is listed as not covered but the schema describes it");
            }
        }

        Assert.True(missing.Count == 0, $"{table["source"]}: missing from {schema}: {string.Join(", ", missing)}");
    }

    private static IEnumerable<string> EligibilityGaps(string where, JObject expected, JObject? actual)
    {
        foreach (JProperty entry in expected.Properties())
        {
            var want = ((JArray)entry.Value).Select(b => b.ToString()).OrderBy(b => b).ToList();
            var have = (actual?[entry.Name] as JArray)?.Select(b => b.ToString()).OrderBy(b => b).ToList();
            if (have is null || !want.SequenceEqual(have))
            {
                yield return $"brand eligibility of {entry.Name} at {where}";
            }
        }
    }
}
