// Stand-ins for the host's internal calls that the compiled shim sources need inside this test program.
namespace Internal.Runtime
{
    internal static class SystemImports
    {
        internal static long GetTimestamp() => System.Diagnostics.Stopwatch.GetTimestamp();
        internal static long GetSystemTimeNanoseconds() => System.DateTime.UtcNow.Ticks * 100;
    }
}
