using System;
using ThreeDsContracts.Metadata;

namespace ThreeDsContracts.Redaction;

/// <summary>Masks sensitive card data for display (ToString, logs, findings, CLI output).</summary>
public static class Sensitive
{
    /// <summary>What replaces a value that is never shown.</summary>
    public const string Hidden = "***";

    /// <summary>Masks a value of the given kind.</summary>
    public static string Mask(string? value, SensitiveKind kind) => value is null
        ? "null"
        : kind switch
        {
            SensitiveKind.None => value,
            SensitiveKind.Pan => MaskPan(value),
            _ => Hidden,
        };

    /// <summary>
    /// Masks a PAN to its first six and last four digits (<c>411111******1111</c>); shorter or non-numeric
    /// values are hidden entirely.
    /// </summary>
    public static string MaskPan(string? pan)
    {
        if (pan is null)
        {
            return "null";
        }

        int digits = 0;
        foreach (char c in pan)
        {
            if (c is < '0' or > '9')
            {
                return Hidden;
            }

            digits++;
        }

        if (digits < 13)
        {
            return Hidden;
        }

        return string.Create(pan.Length, pan, static (span, source) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = i < 6 || i >= source.Length - 4 ? source[i] : '*';
            }
        });
    }
}
