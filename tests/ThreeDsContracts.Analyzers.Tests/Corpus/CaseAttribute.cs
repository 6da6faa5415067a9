using System;

namespace ThreeDsContracts.Analyzers.Tests.Corpus;

/// <summary>
/// A payload construction of the precision corpus: the card brand it is built for (the runtime check validates the
/// returned payload for it) and whether it is wrong. A wrong case marks each expected diagnostic in its source with
/// <c>/*!TDS1001 Member*/</c> (a warning) or <c>/*?TDS1001 Member*/</c> (a suggestion) right before the expected
/// location; a correct case has no marker and must get no TDS diagnostic at all.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class CaseAttribute : Attribute
{
    public CaseAttribute(string brand) => Brand = brand;

    public string Brand { get; }

    public bool Wrong { get; set; }
}
