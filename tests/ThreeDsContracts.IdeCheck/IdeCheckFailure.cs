using System;

namespace ThreeDsContracts.IdeCheck;

/// <summary>The check failed; the message says what an IDE user would have missed.</summary>
internal sealed class IdeCheckFailure : Exception
{
    public IdeCheckFailure(string message)
        : base(message)
    {
    }
}
