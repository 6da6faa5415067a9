using System;
using ThreeDsContracts.Canonical;

namespace ThreeDsContracts.Adapters;

/// <summary>
/// EMV account-information codes from dates, for providers that want codes where the other side has dates
/// (J.P. Morgan Checkout sends <c>accountCreateTimestamp</c>; ecommpay and EMV want <c>age_indicator</c> /
/// <c>chAccAgeInd</c>). The purchase time is always an explicit input, never the machine clock, so the same
/// request converts the same way on every run. Days are counted between UTC calendar dates: an account
/// created 12 days before the purchase is <see cref="AccountAge.LessThan30Days"/> ("03"); 30 to 60 days is
/// "30–60 days"; more than 60 days is "more than 60 days"; the same day is "during this transaction".
/// </summary>
public static class AccountIndicators
{
    /// <summary>Whole days from <paramref name="date"/> to the UTC date of the purchase.</summary>
    /// <param name="date">The earlier date.</param>
    /// <param name="purchaseTime">When the purchase takes place.</param>
    /// <returns>The number of days; negative when the date is after the purchase.</returns>
    public static int DaysBefore(DateOnly date, DateTimeOffset purchaseTime) =>
        DateOnly.FromDateTime(purchaseTime.UtcDateTime).DayNumber - date.DayNumber;

    /// <summary>chAccAgeInd / paymentAccInd for an account (or card) created on <paramref name="created"/>.</summary>
    /// <param name="created">Creation date.</param>
    /// <param name="purchaseTime">When the purchase takes place.</param>
    /// <returns>The code, or null when the date is after the purchase (no code fits).</returns>
    public static AccountAge? AccountAgeOf(DateOnly created, DateTimeOffset purchaseTime) => DaysBefore(created, purchaseTime) switch
    {
        < 0 => null,
        0 => AccountAge.CreatedThisTransaction,
        < 30 => AccountAge.LessThan30Days,
        <= 60 => AccountAge.From30To60Days,
        _ => AccountAge.MoreThan60Days,
    };

    /// <summary>chAccChangeInd for an account last changed on <paramref name="changed"/>.</summary>
    /// <param name="changed">Date of the last change.</param>
    /// <param name="purchaseTime">When the purchase takes place.</param>
    /// <returns>The code, or null when the date is after the purchase.</returns>
    public static AccountChange? AccountChangeOf(DateOnly changed, DateTimeOffset purchaseTime) => DaysBefore(changed, purchaseTime) switch
    {
        < 0 => null,
        0 => AccountChange.ChangedThisTransaction,
        < 30 => AccountChange.LessThan30Days,
        <= 60 => AccountChange.From30To60Days,
        _ => AccountChange.MoreThan60Days,
    };

    /// <summary>chAccPwChangeInd for a password last changed on <paramref name="changed"/> ("no change" needs no date and is never derived).</summary>
    /// <param name="changed">Date of the last password change or reset.</param>
    /// <param name="purchaseTime">When the purchase takes place.</param>
    /// <returns>The code, or null when the date is after the purchase.</returns>
    public static PasswordChange? PasswordChangeOf(DateOnly changed, DateTimeOffset purchaseTime) => DaysBefore(changed, purchaseTime) switch
    {
        < 0 => null,
        0 => PasswordChange.ChangedThisTransaction,
        < 30 => PasswordChange.LessThan30Days,
        <= 60 => PasswordChange.From30To60Days,
        _ => PasswordChange.MoreThan60Days,
    };

    /// <summary>shipAddressUsageInd for a shipping address first used on <paramref name="firstUsed"/>.</summary>
    /// <param name="firstUsed">Date the address was first used.</param>
    /// <param name="purchaseTime">When the purchase takes place.</param>
    /// <returns>The code, or null when the date is after the purchase.</returns>
    public static ShippingAddressUsage? ShippingAddressUsageOf(DateOnly firstUsed, DateTimeOffset purchaseTime) => DaysBefore(firstUsed, purchaseTime) switch
    {
        < 0 => null,
        0 => ShippingAddressUsage.ThisTransaction,
        < 30 => ShippingAddressUsage.LessThan30Days,
        <= 60 => ShippingAddressUsage.From30To60Days,
        _ => ShippingAddressUsage.MoreThan60Days,
    };

    /// <summary>
    /// The account information with every missing code derived from its date. Codes already present are kept
    /// as they are; a date after the purchase derives nothing and is reported.
    /// </summary>
    /// <param name="info">Account information.</param>
    /// <param name="purchaseTime">When the purchase takes place.</param>
    /// <returns>The completed account information and the dates no code could be derived from.</returns>
    public static AdapterResult<AccountInfo> WithDerivedCodes(AccountInfo info, DateTimeOffset purchaseTime)
    {
        var gaps = new Gaps();
        AccountInfo result = Derive(info, purchaseTime, ref gaps);
        return gaps.Result(result);
    }

    internal static AccountInfo Derive(AccountInfo info, DateTimeOffset purchaseTime, ref Gaps gaps)
    {
        AccountInfo result = info;
        if (info.ChAccAgeInd is null && info.ChAccDate is { } created)
        {
            result = AccountAgeOf(created, purchaseTime) is { } code ? result with { ChAccAgeInd = code } : Future(result, "acctInfo.chAccDate", ref gaps);
        }

        if (info.ChAccChangeInd is null && info.ChAccChange is { } changed)
        {
            result = AccountChangeOf(changed, purchaseTime) is { } code ? result with { ChAccChangeInd = code } : Future(result, "acctInfo.chAccChange", ref gaps);
        }

        if (info.ChAccPwChangeInd is null && info.ChAccPwChange is { } password)
        {
            result = PasswordChangeOf(password, purchaseTime) is { } code ? result with { ChAccPwChangeInd = code } : Future(result, "acctInfo.chAccPwChange", ref gaps);
        }

        if (info.PaymentAccInd is null && info.PaymentAccAge is { } enrolled)
        {
            result = AccountAgeOf(enrolled, purchaseTime) is { } code ? result with { PaymentAccInd = code } : Future(result, "acctInfo.paymentAccAge", ref gaps);
        }

        if (info.ShipAddressUsageInd is null && info.ShipAddressUsage is { } firstUsed)
        {
            result = ShippingAddressUsageOf(firstUsed, purchaseTime) is { } code ? result with { ShipAddressUsageInd = code } : Future(result, "acctInfo.shipAddressUsage", ref gaps);
        }

        return result;
    }

    private static AccountInfo Future(AccountInfo info, string field, ref Gaps gaps)
    {
        gaps.Add(field, "the date is after the purchase time; no EMV code is derived from it");
        return info;
    }
}
