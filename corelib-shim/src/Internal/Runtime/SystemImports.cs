// Internal calls implemented natively by r2rhost (operating system services). See corelib-shim/README.md.
using System;
using System.Runtime.CompilerServices;

namespace Internal.Runtime
{
    internal static unsafe partial class SystemImports
    {
        /// <summary>write(2) to fd, retrying on EINTR. Returns the number of bytes written (may be short) or -errno.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Write(int fd, byte* buffer, int count);
        /// <summary>read(2) from fd, retrying on EINTR. Returns bytes read (0 at end of file) or -errno.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int Read(int fd, byte* buffer, int count);
        /// <summary>Terminates the process with exitCode at once (managed code has already flushed its writers).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void Exit(int exitCode);
        /// <summary>A new array: [0] = the path of the app's main assembly as given on the command line, then the app's arguments.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string[] GetCommandLineArgs();
        /// <summary>Milliseconds since an arbitrary fixed point (CLOCK_MONOTONIC_COARSE), never decreasing.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long GetTickCount64();
        /// <summary>Nanoseconds from CLOCK_MONOTONIC (Stopwatch.Frequency is 1_000_000_000).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long GetTimestamp();
        /// <summary>Nanoseconds since 1970-01-01T00:00:00Z (CLOCK_REALTIME).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern long GetSystemTimeNanoseconds();
        /// <summary>Number of processors available to the process (sched_getaffinity count, at least 1).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern int GetProcessorCount();
        /// <summary>getenv(name) decoded from UTF-8; null if the variable is not set.</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern string GetEnvironmentVariable(string name);
        /// <summary>Suspends the calling thread for milliseconds ms (nanosleep, resumed after EINTR); 0 yields (sched_yield).</summary>
        [MethodImpl(MethodImplOptions.InternalCall)] internal static extern void Sleep(int milliseconds);
    }
}
