using System;
using System.Text.Json;

namespace ThreeDsContracts;

/// <summary>
/// A payload could not be read into a contract. <see cref="JsonPath"/> names the offending value
/// (<c>$.paymentResultInfo.threeDSResult.eci</c>). Messages never contain payload values of
/// sensitive fields.
/// </summary>
public sealed class ThreeDsPayloadException : JsonException
{
    /// <summary>Creates the exception.</summary>
    public ThreeDsPayloadException(string jsonPath, string reason, Exception? innerException = null)
        : base(Compose(jsonPath, reason), jsonPath, null, null, innerException)
    {
        JsonPath = jsonPath;
        Reason = reason;
    }

    /// <summary>Path of the offending value, e.g. <c>$.a.b[2].c</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Reason { get; }

    /// <summary>Returns a copy whose path is prefixed with a property name (used while unwinding nested reads).</summary>
    public ThreeDsPayloadException WithParentProperty(string propertyName) =>
        new(Paths.Combine(Paths.Property("$", propertyName), JsonPath), Reason, InnerException);

    /// <summary>Returns a copy whose path is prefixed with an array index.</summary>
    public ThreeDsPayloadException WithParentIndex(int index) =>
        new(Paths.Combine("$[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]", JsonPath), Reason, InnerException);

    private static string Compose(string path, string reason) => $"Invalid payload at {path}: {reason}";
}

/// <summary>JSONPath helpers (<c>$.a.b[0]['odd name']</c>).</summary>
public static class Paths
{
    /// <summary>Appends a property to a path, quoting names that are not plain identifiers.</summary>
    public static string Property(string parent, string name)
    {
        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                return parent + "['" + name.Replace("\\", "\\\\").Replace("'", "\\'") + "']";
            }
        }

        return name.Length == 0 ? parent + "['']" : parent + "." + name;
    }

    /// <summary>Appends an array index.</summary>
    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    /// <summary>Combines a parent path (starting with $) and a child path relative to its own root ($...).</summary>
    public static string Combine(string parent, string child) =>
        child.Length > 0 && child[0] == '$' ? parent + child.Substring(1) : parent + child;
}
