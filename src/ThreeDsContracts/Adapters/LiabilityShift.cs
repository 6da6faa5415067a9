using ThreeDsContracts.Canonical;

namespace ThreeDsContracts.Adapters;

/// <summary>Why <see cref="LiabilityShift"/> decided as it did.</summary>
public enum LiabilityShiftReason
{
    /// <summary>transStatus Y with a fully-authenticated (or Mastercard 3RI) ECI, or A with an attempted ECI: liability shifts.</summary>
    StatusAndEciMatch = 1,

    /// <summary>No transStatus (a pass-through result often carries only the ECI): the ECI's outcome shifts liability.</summary>
    EciOutcomeShifts,

    /// <summary>No transStatus, and the ECI's outcome (not authenticated, data only, exempt) does not shift liability.</summary>
    EciOutcomeDoesNotShift,

    /// <summary>transStatus Y or A with an ECI of another outcome (e.g. Y with Visa's attempted ECI 06): no shift.</summary>
    EciDoesNotMatchStatus,

    /// <summary>The brand does not assign this ECI (e.g. ECI 02 for Visa), or the ECI is not a known code: no shift.</summary>
    EciNotAssigned,

    /// <summary>transStatus Y or A without an ECI: the authorisation cannot claim the shift.</summary>
    EciMissing,

    /// <summary>transStatus N or R: not authenticated or rejected; the transaction must not be authorised.</summary>
    DoNotAuthorize,

    /// <summary>transStatus U or I: authentication not performed, or informational only; no shift.</summary>
    StatusDoesNotShift,

    /// <summary>transStatus C, D or S: a challenge is still required; the result is not final.</summary>
    NotFinal,

    /// <summary>Neither transStatus nor ECI: nothing to assess.</summary>
    NoAuthenticationData,

    /// <summary>The card brand is absent or not a known brand, so the ECI cannot be read.</summary>
    BrandUnknown,

    /// <summary>transStatus is not a known code.</summary>
    StatusUnrecognized,
}

/// <summary>The outcome of an authentication for authorisation, and whether fraud liability shifts to the issuer.</summary>
/// <param name="Outcome">What the ECI means for the brand (x-eci-outcomes), when it is assigned.</param>
/// <param name="Shifts">True when liability shifts to the issuer.</param>
/// <param name="Reason">Why.</param>
public sealed record LiabilityAssessment(EciOutcome? Outcome, bool Shifts, LiabilityShiftReason Reason);

/// <summary>
/// Brand + ECI + transStatus → ECI outcome and liability shift, from the generated ECI table
/// (<see cref="EciOutcomes"/>, <c>x-eci-outcomes</c> of canonical/eci) and the liability flag of each outcome
/// (<c>x-liability-shift</c> of canonical/eci-outcome). EMV rules: Y or A with the matching ECI shifts; N and R
/// must not be authorised; U and I do not shift; C, D and S are not final.
/// </summary>
public static class LiabilityShift
{
    /// <summary>Assesses an authentication.</summary>
    /// <param name="brand">Card brand.</param>
    /// <param name="eci">ECI, when known.</param>
    /// <param name="transStatus">Final transStatus, when known (pass-through results often carry only the ECI).</param>
    /// <returns>The assessment.</returns>
    public static LiabilityAssessment Evaluate(CardBrand brand, Eci? eci, TransStatus? transStatus)
    {
        EciOutcome? outcome = eci is { } code ? EciOutcomes.For(brand, code) : null;
        switch (transStatus)
        {
            case TransStatus.NotAuthenticated or TransStatus.Rejected:
                return new LiabilityAssessment(outcome, false, LiabilityShiftReason.DoNotAuthorize);
            case TransStatus.CouldNotBePerformed or TransStatus.InformationalOnly:
                return new LiabilityAssessment(outcome, false, LiabilityShiftReason.StatusDoesNotShift);
            case TransStatus.ChallengeRequired or TransStatus.DecoupledChallengeRequired or TransStatus.SecurePaymentConfirmation:
                return new LiabilityAssessment(outcome, false, LiabilityShiftReason.NotFinal);
        }

        if (eci is null)
        {
            return new LiabilityAssessment(null, false, transStatus is null ? LiabilityShiftReason.NoAuthenticationData : LiabilityShiftReason.EciMissing);
        }

        if (outcome is not { } known)
        {
            return new LiabilityAssessment(null, false, LiabilityShiftReason.EciNotAssigned);
        }

        if (transStatus is null)
        {
            return known.ShiftsLiability()
                ? new LiabilityAssessment(known, true, LiabilityShiftReason.EciOutcomeShifts)
                : new LiabilityAssessment(known, false, LiabilityShiftReason.EciOutcomeDoesNotShift);
        }

        bool matches = transStatus == TransStatus.Authenticated
            ? known is EciOutcome.FullyAuthenticated or EciOutcome.Recurring3Ri
            : known is EciOutcome.Attempted;
        return matches && known.ShiftsLiability()
            ? new LiabilityAssessment(known, true, LiabilityShiftReason.StatusAndEciMatch)
            : new LiabilityAssessment(known, false, LiabilityShiftReason.EciDoesNotMatchStatus);
    }

    /// <summary>Assesses a canonical result (its brand, ECI and transStatus).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The assessment.</returns>
    public static LiabilityAssessment Evaluate(AuthenticationResult result)
    {
        if (result.Brand is not { IsKnown: true } brand)
        {
            return new LiabilityAssessment(null, false, LiabilityShiftReason.BrandUnknown);
        }

        if (result.TransStatus is { IsKnown: false })
        {
            return new LiabilityAssessment(null, false, LiabilityShiftReason.StatusUnrecognized);
        }

        if (result.Eci is { IsKnown: false })
        {
            return new LiabilityAssessment(null, false, LiabilityShiftReason.EciNotAssigned);
        }

        return Evaluate(brand.Value, result.Eci?.Value, result.TransStatus?.Value);
    }
}
