namespace System.Runtime.CompilerServices;

// Lets records and init accessors compile for netstandard2.0, which does not ship this marker type.
internal static class IsExternalInit
{
}
