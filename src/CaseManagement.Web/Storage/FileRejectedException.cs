namespace CaseManagement.Web.Storage;

/// <summary>Why an upload was refused; the endpoint answers 413 for <see cref="TooLarge"/> and 400 otherwise.</summary>
public enum FileRejectionReason
{
    Empty,
    TooLarge,
    TypeNotAllowed,
    ExecutableContent,
    MacroDocument,
}

/// <summary>An upload refused before anything was stored; the message is for the officer.</summary>
public sealed class FileRejectedException(FileRejectionReason reason, string message) : Exception(message)
{
    public FileRejectionReason Reason { get; } = reason;
}
