using System;

namespace ThreeDsContracts.Adapters;

/// <summary>How J.P. Morgan's <c>threeDSProgramProtocol</c> is written.</summary>
public enum ProgramProtocolForm
{
    /// <summary>The EMV message version as a string, <c>"2.2.0"</c>: carries the full version.</summary>
    MessageVersion = 1,

    /// <summary>The major version as a number, <c>2</c> (the form of the provider's pass-through example): minor and patch are not carried.</summary>
    MajorVersion = 2,
}

/// <summary>
/// J.P. Morgan Online Payments <c>threeDSProgramProtocol</c>, which the provider documents both as the number
/// <c>2</c> and as the version string <c>"2.2.0"</c>, against the EMV <c>messageVersion</c> of the canonical result.
/// </summary>
public static class ThreeDsProgramProtocol
{
    /// <summary>The protocol value for an EMV message version.</summary>
    /// <param name="messageVersion">EMV message version, e.g. <c>2.2.0</c>.</param>
    /// <param name="form">Number (major version) or version string.</param>
    /// <param name="protocol">The value to send.</param>
    /// <returns>False when <paramref name="messageVersion"/> is not a dotted version number.</returns>
    public static bool TryFromMessageVersion(string? messageVersion, ProgramProtocolForm form, out NumberOrString protocol)
    {
        protocol = default;
        if (messageVersion is not null && IsShortVersion(messageVersion))
        {
            // The common case ("2.1.0", "2.2.0", "2.3.1"): one digit each, nothing to parse.
            protocol = form == ProgramProtocolForm.MajorVersion ? NumberOrString.FromNumber(messageVersion[0] - '0') : NumberOrString.FromString(messageVersion);
            return true;
        }

        if (!IsVersion(messageVersion) || !TryMajor(messageVersion!, out int major))
        {
            return false;
        }

        protocol = form == ProgramProtocolForm.MajorVersion ? NumberOrString.FromNumber(major) : NumberOrString.FromString(messageVersion!);
        return true;
    }

    /// <summary>The major protocol version: 2 for both <c>2</c> and <c>"2.2.0"</c>.</summary>
    /// <param name="protocol">The provider's value.</param>
    /// <param name="major">The major version.</param>
    /// <returns>False when the value is not a version.</returns>
    public static bool TryGetMajorVersion(NumberOrString protocol, out int major)
    {
        major = 0;
        if (IsShortVersion(protocol.Text))
        {
            major = protocol.Text[0] - '0';
            return true;
        }

        return IsVersion(protocol.Text) && TryMajor(protocol.Text, out major);
    }

    /// <summary>The full EMV message version, when the value carries one (<c>"2.2.0"</c>); the bare major version <c>2</c> does not.</summary>
    /// <param name="protocol">The provider's value.</param>
    /// <param name="messageVersion">The message version.</param>
    /// <returns>True when the value names major, minor and patch version.</returns>
    public static bool TryGetMessageVersion(NumberOrString protocol, out string messageVersion)
    {
        messageVersion = string.Empty;
        string text = protocol.Text;
        if (IsShortVersion(text))
        {
            messageVersion = text;
            return true;
        }

        if (!IsVersion(text) || text.IndexOf('.') < 0 || text.IndexOf('.') == text.LastIndexOf('.'))
        {
            return false;
        }

        messageVersion = text;
        return true;
    }

    /// <summary>True when the protocol value stands for the message version: <c>2</c> for any 2.x.y, <c>"2.2.0"</c> for 2.2.0 only.</summary>
    /// <param name="protocol">The provider's value.</param>
    /// <param name="messageVersion">EMV message version.</param>
    /// <returns>True on a match.</returns>
    public static bool Matches(NumberOrString protocol, string messageVersion)
    {
        if (TryGetMessageVersion(protocol, out string full))
        {
            return string.Equals(full, messageVersion, StringComparison.Ordinal);
        }

        return TryGetMajorVersion(protocol, out int major) && IsVersion(messageVersion) && TryMajor(messageVersion, out int other) && major == other;
    }

    /// <summary>A version of one digit each for major, minor and patch ("2.2.0"): a dotted version with three parts.</summary>
    private static bool IsShortVersion(string text) =>
        text.Length == 5 && IsDigit(text[0]) && text[1] == '.' && IsDigit(text[2]) && text[3] == '.' && IsDigit(text[4]);

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    private static bool IsVersion(string? text)
    {
        if (string.IsNullOrEmpty(text) || text![0] == '.' || text[text.Length - 1] == '.')
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.' ? text[i - 1] == '.' : c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryMajor(string version, out int major)
    {
        int dot = version.IndexOf('.');
        return int.TryParse(dot < 0 ? version.AsSpan() : version.AsSpan(0, dot), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out major);
    }
}
