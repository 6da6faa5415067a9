using ThreeDsContracts.Canonical;
using Xunit;

namespace ThreeDsContracts.Adapters.Tests;

public class LiabilityShiftTests
{
    [Theory]
    [InlineData("visa", "05", "Y", "FULLY_AUTHENTICATED", true, LiabilityShiftReason.StatusAndEciMatch)]
    [InlineData("visa", "06", "A", "ATTEMPTED", true, LiabilityShiftReason.StatusAndEciMatch)]
    [InlineData("visa", "06", "Y", "ATTEMPTED", false, LiabilityShiftReason.EciDoesNotMatchStatus)]
    [InlineData("visa", "07", "Y", "NOT_AUTHENTICATED", false, LiabilityShiftReason.EciDoesNotMatchStatus)]
    [InlineData("visa", "02", "Y", null, false, LiabilityShiftReason.EciNotAssigned)]
    [InlineData("visa", "05", "N", "FULLY_AUTHENTICATED", false, LiabilityShiftReason.DoNotAuthorize)]
    [InlineData("visa", "07", "R", "NOT_AUTHENTICATED", false, LiabilityShiftReason.DoNotAuthorize)]
    [InlineData("visa", "07", "U", "NOT_AUTHENTICATED", false, LiabilityShiftReason.StatusDoesNotShift)]
    [InlineData("visa", "07", "I", "NOT_AUTHENTICATED", false, LiabilityShiftReason.StatusDoesNotShift)]
    [InlineData("visa", null, "C", null, false, LiabilityShiftReason.NotFinal)]
    [InlineData("visa", null, "D", null, false, LiabilityShiftReason.NotFinal)]
    [InlineData("visa", null, "S", null, false, LiabilityShiftReason.NotFinal)]
    [InlineData("visa", null, "Y", null, false, LiabilityShiftReason.EciMissing)]
    [InlineData("visa", null, null, null, false, LiabilityShiftReason.NoAuthenticationData)]
    [InlineData("visa", "05", null, "FULLY_AUTHENTICATED", true, LiabilityShiftReason.EciOutcomeShifts)]
    [InlineData("visa", "07", null, "NOT_AUTHENTICATED", false, LiabilityShiftReason.EciOutcomeDoesNotShift)]
    [InlineData("mastercard", "02", "Y", "FULLY_AUTHENTICATED", true, LiabilityShiftReason.StatusAndEciMatch)]
    [InlineData("mastercard", "01", "A", "ATTEMPTED", true, LiabilityShiftReason.StatusAndEciMatch)]
    [InlineData("mastercard", "05", "Y", null, false, LiabilityShiftReason.EciNotAssigned)]
    [InlineData("mastercard", "04", null, "DATA_ONLY", false, LiabilityShiftReason.EciOutcomeDoesNotShift)]
    [InlineData("mastercard", "06", null, "EXEMPT", false, LiabilityShiftReason.EciOutcomeDoesNotShift)]
    [InlineData("mastercard", "07", "Y", "RECURRING_3RI", true, LiabilityShiftReason.StatusAndEciMatch)]
    [InlineData("maestro", "00", "N", "NOT_AUTHENTICATED", false, LiabilityShiftReason.DoNotAuthorize)]
    [InlineData("amex", "05", "Y", "FULLY_AUTHENTICATED", true, LiabilityShiftReason.StatusAndEciMatch)]
    [InlineData("cartes-bancaires", "06", "A", "ATTEMPTED", true, LiabilityShiftReason.StatusAndEciMatch)]
    [InlineData("unionpay", "07", "U", "NOT_AUTHENTICATED", false, LiabilityShiftReason.StatusDoesNotShift)]
    public void Brand_eci_and_status_decide_outcome_and_shift(string brand, string? eci, string? status, string? outcome, bool shifts, LiabilityShiftReason reason)
    {
        LiabilityAssessment assessment = LiabilityShift.Evaluate(
            CardBrandExtensions.ParseWireValue(brand),
            eci is null ? null : EciExtensions.ParseWireValue(eci),
            status is null ? null : TransStatusExtensions.ParseWireValue(status));

        Assert.Equal(outcome, assessment.Outcome?.ToWireValue());
        Assert.Equal(shifts, assessment.Shifts);
        Assert.Equal(reason, assessment.Reason);
    }

    [Fact]
    public void Result_without_a_brand_cannot_be_assessed()
    {
        var result = new AuthenticationResult { Eci = Eci.Eci05, TransStatus = TransStatus.Authenticated };

        Assert.Equal(LiabilityShiftReason.BrandUnknown, LiabilityShift.Evaluate(result).Reason);
    }

    [Fact]
    public void Result_with_an_unrecognized_status_is_not_assumed_to_shift()
    {
        var result = new AuthenticationResult { Brand = CardBrand.Visa, Eci = Eci.Eci05, TransStatus = Code<TransStatus>.Unrecognized("X") };

        LiabilityAssessment assessment = LiabilityShift.Evaluate(result);

        Assert.False(assessment.Shifts);
        Assert.Equal(LiabilityShiftReason.StatusUnrecognized, assessment.Reason);
    }

    [Theory]
    [InlineData("visa-frictionless-result.json", true, LiabilityShiftReason.StatusAndEciMatch)]
    [InlineData("mastercard-challenged-result.json", true, LiabilityShiftReason.StatusAndEciMatch)]
    [InlineData("maestro-challenge-cancelled-result.json", false, LiabilityShiftReason.DoNotAuthorize)]
    [InlineData("cartes-bancaires-frictionless-result.json", true, LiabilityShiftReason.StatusAndEciMatch)]
    [InlineData("unionpay-unavailable-ds-reason-result.json", false, LiabilityShiftReason.StatusDoesNotShift)]
    [InlineData("visa-passthrough-eci-only-result.json", true, LiabilityShiftReason.EciOutcomeShifts)]
    public void Canonical_result_fixture_is_assessed(string file, bool shifts, LiabilityShiftReason reason)
    {
        AuthenticationResult result = Repo.Read<AuthenticationResult>("canonical", file);

        LiabilityAssessment assessment = LiabilityShift.Evaluate(result);

        Assert.Equal(shifts, assessment.Shifts);
        Assert.Equal(reason, assessment.Reason);
    }
}
