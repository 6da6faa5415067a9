using System;
using System.Collections.Generic;
using System.Linq;
using ThreeDsContracts.Generator.Model;
using static ThreeDsContracts.Generator.Parsing.Naming;

namespace ThreeDsContracts.Generator.Emitting;

/// <summary>
/// Emits what a code list's canonical metadata says (<see cref="CanonicalMapSpec"/>):
/// <list type="bullet">
/// <item>x-canonical map of a provider list → <c>&lt;Enum&gt;CanonicalMapping</c>: to and from the canonical set, both
/// directions exhaustive switch expressions over nullable enums (no allocation); a code without an equivalent
/// gives null / false, never a default;</item>
/// <item>x-canonical.versions of a canonical set → <c>&lt;Enum&gt;Versions</c>: the meaning of a code under a message version;</item>
/// <item>x-eci-outcomes → <c>&lt;Enum&gt;Outcomes.For(brand, eci)</c>;</item>
/// <item>x-liability-shift → <c>ShiftsLiability(this outcome)</c> beside the list's wire-value extensions.</item>
/// </list>
/// </summary>
internal static class MappingEmitter
{
    /// <summary>True when the code list has anything for this emitter.</summary>
    public static bool HasOutput(TypeSpec type) =>
        type.Kind == TypeKind.Enum && type.Canonical is { } canonical
        && (CanMap(canonical) || canonical.Versions.Count > 0 || CanEmitEciTable(canonical) || canonical.LiabilityShift.Count > 0);

    public static void Emit(SourceWriter w, TypeSpec type, string visibility)
    {
        CanonicalMapSpec canonical = type.Canonical!;
        var sections = new List<Action>();
        if (CanMap(canonical))
        {
            sections.Add(() => EmitMapping(w, type, canonical, visibility));
        }

        if (canonical.Versions.Count > 0)
        {
            sections.Add(() => EmitVersions(w, type, canonical, visibility));
        }

        if (CanEmitEciTable(canonical))
        {
            sections.Add(() => EmitEciTable(w, type, canonical, visibility));
        }

        if (canonical.LiabilityShift.Count > 0)
        {
            sections.Add(() => EmitLiabilityShift(w, type, canonical, visibility));
        }

        for (int i = 0; i < sections.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            sections[i]();
        }
    }

    private static bool CanMap(CanonicalMapSpec canonical) =>
        canonical.SetTypeName is not null && canonical.Map.Count > 0 && canonical.SetMembers.Count > 0;

    private static bool CanEmitEciTable(CanonicalMapSpec canonical) =>
        canonical.EciOutcomes.Count > 0 && canonical.Brands is not null && canonical.Outcomes is not null;

    private static void EmitMapping(SourceWriter w, TypeSpec type, CanonicalMapSpec canonical, string visibility)
    {
        string name = type.Name;
        string set = canonical.SetTypeName!;
        var setMember = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (EnumMemberSpec member in canonical.SetMembers)
        {
            setMember[member.WireValue] = member.Name;
        }

        var toCanonical = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (CanonicalCodeSpec code in canonical.Map)
        {
            toCanonical[code.WireValue] = code.CanonicalValue is not null && setMember.ContainsKey(code.CanonicalValue) ? code.CanonicalValue : null;
        }

        w.Line("/// <summary>");
        w.Line("/// <see cref=\"" + name + "\"/> to and from the canonical <see cref=\"" + set + "\"/> (x-canonical of <c>" + XmlDoc(type.SchemaId) + "</c>, <c>" + XmlDoc(type.Pointer) + "</c>).");
        w.Line("/// A code without an equivalent on the other side gives null (or false): it is reported, never mapped to a default.");
        w.Line("/// </summary>");
        w.Line(ContractEmitter.GeneratedCodeAttribute);
        w.Open(visibility + " static class " + name + "CanonicalMapping");
        w.Line("/// <summary>Schema id of the canonical set, <c>" + XmlDoc(canonical.SetSchemaId) + "</c>.</summary>");
        w.Line("public const string CanonicalSetSchemaId = " + Literal(canonical.SetSchemaId) + ";");
        w.Line();
        w.Line("/// <summary>The canonical code of a provider code.</summary>");
        w.Line("/// <param name=\"value\">The provider code.</param>");
        w.Line("/// <returns>The canonical code, or null when the provider code has no canonical equivalent.</returns>");
        w.Line("public static " + set + "? ToCanonicalOrNull(this " + name + " value) => value switch");
        w.Line("{");
        foreach (EnumMemberSpec member in type.Members)
        {
            string? target = toCanonical.TryGetValue(member.WireValue, out string? mapped) ? mapped : null;
            w.Line("    " + name + "." + member.Name + " => " + (target is null ? "null, // no canonical equivalent" : set + "." + setMember[target] + ","));
        }

        w.Line("    _ => null,");
        w.Line("};");
        w.Line();
        w.Line("/// <summary>The canonical code of a provider code.</summary>");
        w.Line("/// <param name=\"value\">The provider code.</param>");
        w.Line("/// <param name=\"canonical\">The canonical code, when there is one.</param>");
        w.Line("/// <returns>False when the provider code has no canonical equivalent.</returns>");
        w.Open("public static bool TryToCanonical(this " + name + " value, out " + set + " canonical)");
        w.Line(set + "? result = ToCanonicalOrNull(value);");
        w.Line("canonical = result.GetValueOrDefault();");
        w.Line("return result.HasValue;");
        w.Close();
        w.Line();
        w.Line("/// <summary>The provider code to write for a canonical code (the first that maps to it, or the one x-canonical.write names).</summary>");
        w.Line("/// <param name=\"canonical\">The canonical code.</param>");
        w.Line("/// <returns>The provider code, or null when the provider has no equivalent.</returns>");
        w.Line("public static " + name + "? FromCanonicalOrNull(" + set + " canonical) => canonical switch");
        w.Line("{");
        foreach (EnumMemberSpec target in canonical.SetMembers)
        {
            EnumMemberSpec? source = ProviderCodeFor(type, canonical, toCanonical, target.WireValue);
            w.Line("    " + set + "." + target.Name + " => " + (source is null ? "null, // no " + name + " equivalent" : name + "." + source.Name + ","));
        }

        w.Line("    _ => null,");
        w.Line("};");
        w.Line();
        w.Line("/// <summary>The provider code to write for a canonical code.</summary>");
        w.Line("/// <param name=\"canonical\">The canonical code.</param>");
        w.Line("/// <param name=\"value\">The provider code, when there is one.</param>");
        w.Line("/// <returns>False when the provider has no equivalent of <paramref name=\"canonical\"/>.</returns>");
        w.Open("public static bool TryFromCanonical(" + set + " canonical, out " + name + " value)");
        w.Line(name + "? result = FromCanonicalOrNull(canonical);");
        w.Line("value = result.GetValueOrDefault();");
        w.Line("return result.HasValue;");
        w.Close();
        w.Close();
    }

    /// <summary>x-canonical.write first, then the first provider code in enum order that maps to the canonical code.</summary>
    private static EnumMemberSpec? ProviderCodeFor(TypeSpec type, CanonicalMapSpec canonical, Dictionary<string, string?> toCanonical, string canonicalWire)
    {
        foreach (CanonicalCodeSpec write in canonical.Write)
        {
            if (write.CanonicalValue == canonicalWire && toCanonical.TryGetValue(write.WireValue, out string? mapped) && mapped == canonicalWire)
            {
                return type.Members.FirstOrDefault(m => m.WireValue == write.WireValue);
            }
        }

        return type.Members.FirstOrDefault(m => toCanonical.TryGetValue(m.WireValue, out string? mapped) && mapped == canonicalWire);
    }

    private static void EmitVersions(SourceWriter w, TypeSpec type, CanonicalMapSpec canonical, string visibility)
    {
        string name = type.Name;
        var byCode = type.Members
            .Select(m => (Member: m, Meanings: canonical.Versions.Where(v => v.WireValue == m.WireValue).OrderByDescending(v => v.VersionPrefix.Length).ThenBy(v => v.VersionPrefix, StringComparer.Ordinal).ToList()))
            .Where(x => x.Meanings.Count > 0)
            .ToList();
        w.Line("/// <summary>Codes of <see cref=\"" + name + "\"/> whose meaning depends on the EMV message version (x-canonical.versions of <c>" + XmlDoc(type.SchemaId) + "</c>).</summary>");
        w.Line(ContractEmitter.GeneratedCodeAttribute);
        w.Open(visibility + " static class " + name + "Versions");
        w.Line("/// <summary>True when the meaning of the code depends on the message version.</summary>");
        w.Line("/// <param name=\"value\">The code.</param>");
        w.Line("/// <returns>True for " + XmlDoc(string.Join(", ", byCode.Select(x => x.Member.WireValue))) + ".</returns>");
        w.Line("public static bool IsVersionDependent(this " + name + " value) => value switch");
        w.Line("{");
        foreach (var entry in byCode)
        {
            w.Line("    " + name + "." + entry.Member.Name + " => true,");
        }

        w.Line("    _ => false,");
        w.Line("};");
        w.Line();
        w.Line("/// <summary>The meaning of a version-dependent code under a message version.</summary>");
        w.Line("/// <param name=\"value\">The code.</param>");
        w.Line("/// <param name=\"messageVersion\">The EMV message version of the transaction, e.g. <c>2.1.0</c>.</param>");
        w.Line("/// <returns>The meaning, or null when the code does not depend on the version or no listed version matches.</returns>");
        w.Open("public static string? MeaningFor(this " + name + " value, global::System.ReadOnlySpan<char> messageVersion)");
        w.Open("switch (value)");
        foreach (var entry in byCode)
        {
            w.Line("case " + name + "." + entry.Member.Name + ":");
            foreach (VersionMeaningSpec meaning in entry.Meanings)
            {
                w.Line("    if (IsVersion(messageVersion, " + Literal(meaning.VersionPrefix) + ")) return " + Literal(meaning.Meaning) + ";");
            }

            w.Line("    return null;");
        }

        w.Line("default:");
        w.Line("    return null;");
        w.Close();
        w.Close();
        w.Line();
        w.Line("/// <summary>True when <paramref name=\"version\"/> is <paramref name=\"prefix\"/> or starts with it followed by a dot (2.1 matches 2.1.0, not 2.10.0).</summary>");
        w.Line("/// <param name=\"version\">The message version.</param>");
        w.Line("/// <param name=\"prefix\">The version prefix of the schema.</param>");
        w.Line("/// <returns>True on a match.</returns>");
        w.Line("public static bool IsVersion(global::System.ReadOnlySpan<char> version, string prefix) =>");
        w.Line("    global::System.MemoryExtensions.StartsWith(version, global::System.MemoryExtensions.AsSpan(prefix), global::System.StringComparison.Ordinal)");
        w.Line("    && (version.Length == prefix.Length || version[prefix.Length] == '.');");
        w.Close();
    }

    private static void EmitEciTable(SourceWriter w, TypeSpec type, CanonicalMapSpec canonical, string visibility)
    {
        string eci = type.Name;
        EnumRefSpec brands = canonical.Brands!;
        EnumRefSpec outcomes = canonical.Outcomes!;
        string brandType = brands.TypeName;
        string outcomeType = outcomes.TypeName;
        w.Line("/// <summary>");
        w.Line("/// What an ECI means for each card brand (x-eci-outcomes of <c>" + XmlDoc(type.SchemaId) + "</c>): e.g. 05 is fully authenticated for Visa,");
        w.Line("/// 02 for Mastercard. An ECI that a brand does not assign has no outcome.");
        w.Line("/// </summary>");
        w.Line(ContractEmitter.GeneratedCodeAttribute);
        w.Open(visibility + " static class " + eci + "Outcomes");
        w.Line("/// <summary>The outcome of an ECI for a brand.</summary>");
        w.Line("/// <param name=\"brand\">The card brand.</param>");
        w.Line("/// <param name=\"eci\">The ECI.</param>");
        w.Line("/// <returns>The outcome, or null when the brand does not assign that ECI.</returns>");
        w.Line("public static " + outcomeType + "? For(" + brandType + " brand, " + eci + " eci) => brand switch");
        w.Line("{");
        foreach (EnumMemberSpec brand in brands.Members)
        {
            var cells = canonical.EciOutcomes.Where(c => c.Brand == brand.WireValue).ToList();
            if (cells.Count == 0)
            {
                w.Line("    " + brandType + "." + brand.Name + " => null, // no ECI table for this brand");
                continue;
            }

            w.Line("    " + brandType + "." + brand.Name + " => eci switch");
            w.Line("    {");
            foreach (EnumMemberSpec code in type.Members)
            {
                EciOutcomeSpec? cell = cells.FirstOrDefault(c => c.Eci == code.WireValue);
                EnumMemberSpec? outcome = cell is null ? null : outcomes.Members.FirstOrDefault(o => o.WireValue == cell.Outcome);
                if (outcome is not null)
                {
                    w.Line("        " + eci + "." + code.Name + " => " + outcomeType + "." + outcome.Name + ",");
                }
            }

            w.Line("        _ => null,");
            w.Line("    },");
        }

        w.Line("    _ => null,");
        w.Line("};");
        w.Line();
        w.Line("/// <summary>The outcome of an ECI for a brand.</summary>");
        w.Line("/// <param name=\"brand\">The card brand.</param>");
        w.Line("/// <param name=\"eci\">The ECI.</param>");
        w.Line("/// <param name=\"outcome\">The outcome, when the brand assigns that ECI.</param>");
        w.Line("/// <returns>False when the brand does not assign that ECI.</returns>");
        w.Open("public static bool TryGet(" + brandType + " brand, " + eci + " eci, out " + outcomeType + " outcome)");
        w.Line(outcomeType + "? result = For(brand, eci);");
        w.Line("outcome = result.GetValueOrDefault();");
        w.Line("return result.HasValue;");
        w.Close();
        w.Close();
    }

    private static void EmitLiabilityShift(SourceWriter w, TypeSpec type, CanonicalMapSpec canonical, string visibility)
    {
        string name = type.Name;
        w.Line("// x-liability-shift of " + type.SchemaId + ": added to the wire-value extensions of " + name + ".");
        w.Open(visibility + " static partial class " + name + "Extensions");
        w.Line("/// <summary>True when the outcome shifts fraud liability to the issuer (x-liability-shift).</summary>");
        w.Line("/// <param name=\"value\">The outcome.</param>");
        w.Line("/// <returns>True for " + XmlDoc(string.Join(", ", canonical.LiabilityShift.Where(l => l.Shifts).Select(l => l.WireValue))) + ".</returns>");
        w.Line("public static bool ShiftsLiability(this " + name + " value) => value switch");
        w.Line("{");
        foreach (EnumMemberSpec member in type.Members)
        {
            LiabilityShiftSpec? entry = canonical.LiabilityShift.FirstOrDefault(l => l.WireValue == member.WireValue);
            if (entry is not null)
            {
                w.Line("    " + name + "." + member.Name + " => " + (entry.Shifts ? "true" : "false") + ",");
            }
        }

        w.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), \"The value is not a member of " + name + ".\"),");
        w.Line("};");
        w.Close();
    }
}
