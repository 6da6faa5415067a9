// Records with init-only members on netstandard2.0 (PolySharp is not available here).
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit
    {
    }
}
