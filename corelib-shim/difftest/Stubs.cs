// Stand-ins for the host's internal calls that the compiled shim sources need inside this test program.
namespace Internal.Runtime
{
    internal static class SystemImports
    {
        internal static long GetTimestamp() => System.Diagnostics.Stopwatch.GetTimestamp();
        internal static long GetSystemTimeNanoseconds() => System.DateTime.UtcNow.Ticks * 100;
    }
}

namespace System.Text
{
    // The shim's transcoder lives in IO/TextIO.cs (not compiled here); the BCL's UTF-8 encoding stands in for it.
    internal static class Utf8
    {
        internal static int GetByteCount(ReadOnlySpan<char> s) => Encoding.UTF8.GetByteCount(s);
        internal static int Encode(ReadOnlySpan<char> s, Span<byte> dst) => Encoding.UTF8.GetBytes(s, dst);
        internal static int Decode(ReadOnlySpan<byte> b, Span<char> dst, bool countOnly) => countOnly ? Encoding.UTF8.GetCharCount(b) : Encoding.UTF8.GetChars(b, dst);
    }
}
