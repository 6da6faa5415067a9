using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using ThreeDsContracts.Canonical;
using Xunit;

namespace ThreeDsContracts.Adapters.Tests;

/// <summary>The generated ECI table, liability flags and version meanings, checked cell by cell against the schemas.</summary>
public class CanonicalTableTests
{
    private const string None = "(none)";

    public static IEnumerable<object[]> EciCells()
    {
        JsonElement table = Repo.Schema("canonical/eci").GetProperty("x-eci-outcomes");
        foreach (CardBrand brand in CardBrandExtensions.Members)
        {
            JsonElement? cells = table.TryGetProperty(brand.ToWireValue(), out JsonElement found) ? found : null;
            foreach (Eci eci in EciExtensions.Members)
            {
                string expected = cells is { } c && c.TryGetProperty(eci.ToWireValue(), out JsonElement outcome) ? outcome.GetString()! : None;
                yield return new object[] { brand.ToWireValue(), eci.ToWireValue(), expected };
            }
        }
    }

    [Theory]
    [MemberData(nameof(EciCells))]
    public void Eci_outcome_of_each_brand_is_the_schema_table_cell(string brand, string eci, string expected)
    {
        EciOutcome? outcome = EciOutcomes.For(CardBrandExtensions.ParseWireValue(brand), EciExtensions.ParseWireValue(eci));

        Assert.Equal(expected, outcome?.ToWireValue() ?? None);
        Assert.Equal(expected != None, EciOutcomes.TryGet(CardBrandExtensions.ParseWireValue(brand), EciExtensions.ParseWireValue(eci), out _));
    }

    [Fact]
    public void Every_brand_of_the_canonical_list_has_an_eci_table()
    {
        JsonElement table = Repo.Schema("canonical/eci").GetProperty("x-eci-outcomes");

        Assert.All(CardBrandExtensions.Members, brand => Assert.True(table.TryGetProperty(brand.ToWireValue(), out _), brand.ToWireValue()));
    }

    public static IEnumerable<object[]> LiabilityFlags() =>
        Repo.Schema("canonical/eci-outcome").GetProperty("x-liability-shift").EnumerateObject()
            .Select(p => new object[] { p.Name, p.Value.GetBoolean() });

    [Theory]
    [MemberData(nameof(LiabilityFlags))]
    public void Outcome_shifts_liability_as_the_schema_says(string outcome, bool shifts)
    {
        Assert.Equal(shifts, EciOutcomeExtensions.ParseWireValue(outcome).ShiftsLiability());
    }

    [Fact]
    public void Every_outcome_has_a_liability_flag()
    {
        Assert.Equal(EciOutcomeExtensions.Members.Count, LiabilityFlags().Count());
    }

    public static IEnumerable<object[]> VersionMeanings()
    {
        JsonElement versions = Repo.Schema("canonical/challenge-cancel").GetProperty("x-canonical").GetProperty("versions");
        foreach (JsonProperty code in versions.EnumerateObject())
        {
            foreach (JsonProperty meaning in code.Value.EnumerateObject())
            {
                yield return new object[] { code.Name, meaning.Name + ".0", meaning.Value.GetString()! };
            }
        }
    }

    [Theory]
    [MemberData(nameof(VersionMeanings))]
    public void Challenge_cancel_code_means_what_the_schema_says_for_the_message_version(string code, string messageVersion, string meaning)
    {
        ChallengeCancel cancel = ChallengeCancelExtensions.ParseWireValue(code);

        Assert.True(cancel.IsVersionDependent());
        Assert.Equal(meaning, cancel.MeaningFor(messageVersion));
    }

    [Fact]
    public void Challenge_cancel_02_is_requestor_cancelled_in_2_1_and_reserved_in_2_2()
    {
        Assert.Equal("3DS Requestor cancelled authentication", ChallengeCancel.RequestorCancelled.MeaningFor("2.1.0"));
        Assert.Equal("Reserved for future EMVCo use", ChallengeCancel.RequestorCancelled.MeaningFor("2.2.0"));
    }

    [Fact]
    public void Version_prefix_does_not_match_a_longer_minor_version()
    {
        Assert.Null(ChallengeCancel.AbandonedOrDecoupledTimedOut.MeaningFor("2.10.0"));
        Assert.True(ChallengeCancelVersions.IsVersion("2.1", "2.1"));
        Assert.False(ChallengeCancelVersions.IsVersion("2.1x", "2.1"));
    }

    [Fact]
    public void Codes_without_version_entries_are_not_version_dependent()
    {
        var dependent = VersionMeanings().Select(row => (string)row[0]).ToHashSet();

        foreach (ChallengeCancel cancel in ChallengeCancelExtensions.Members)
        {
            Assert.Equal(dependent.Contains(cancel.ToWireValue()), cancel.IsVersionDependent());
            if (!cancel.IsVersionDependent())
            {
                Assert.Null(cancel.MeaningFor("2.2.0"));
            }
        }
    }
}
