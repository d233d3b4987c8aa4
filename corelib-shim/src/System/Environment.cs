using System.Collections;
using System.Collections.Generic;
using Internal.Runtime;

namespace System
{
    /// <summary>Environment. Contract with the host: when Main returns void, the host's exit code is the value of
    /// the static property Environment.ExitCode (it calls get_ExitCode); Exit(code) flushes the console and exits.</summary>
    public static class Environment
    {
        private static int s_exitCode;
        private static Dictionary<string, string> s_envOverrides;

        public static string NewLine => "\n";
        public static int ExitCode { get => s_exitCode; set => s_exitCode = value; }
        public static int TickCount => (int)SystemImports.GetTickCount64();
        public static long TickCount64 => SystemImports.GetTickCount64();
        public static int ProcessorCount => SystemImports.GetProcessorCount();
        public static bool Is64BitProcess => true;
        public static bool Is64BitOperatingSystem => true;
        public static int CurrentManagedThreadId => System.Threading.Thread.CurrentThread.ManagedThreadId;
        public static bool HasShutdownStarted => false;
        public static Version Version => new Version(10, 0, 12);
        public static string MachineName => GetEnvironmentVariable("HOSTNAME") ?? "localhost";
        public static string UserName => GetEnvironmentVariable("USER") ?? "";
        public static string CurrentDirectory { get => GetEnvironmentVariable("PWD") ?? "/"; set { } }
        public static string StackTrace => "";
        public static int ProcessId => 0;
        public static bool UserInteractive => false;
        public static string SystemDirectory => "";
        public static OperatingSystem OSVersion => new OperatingSystem(PlatformID.Unix, new Version(6, 0));

        public static string[] GetCommandLineArgs() => SystemImports.GetCommandLineArgs();
        public static string CommandLine => string.Join(" ", GetCommandLineArgs());

        public static void Exit(int exitCode)
        {
            s_exitCode = exitCode;
            Console.FlushAll();
            SystemImports.Exit(exitCode);
        }

        public static void FailFast(string message) => RuntimeImports.FailFast(message);
        public static void FailFast(string message, Exception exception) => RuntimeImports.FailFast(message);

        public static string GetEnvironmentVariable(string variable)
        {
            if (variable == null) ThrowHelper.ThrowArgumentNullException(nameof(variable));
            if (s_envOverrides != null && s_envOverrides.TryGetValue(variable, out string v)) return v;
            return SystemImports.GetEnvironmentVariable(variable);
        }
        public static string GetEnvironmentVariable(string variable, EnvironmentVariableTarget target) => GetEnvironmentVariable(variable);
        public static void SetEnvironmentVariable(string variable, string value)
        {
            if (variable == null) ThrowHelper.ThrowArgumentNullException(nameof(variable));
            (s_envOverrides ??= new Dictionary<string, string>())[variable] = value;
        }
        public static void SetEnvironmentVariable(string variable, string value, EnvironmentVariableTarget target) => SetEnvironmentVariable(variable, value);
        public static string ExpandEnvironmentVariables(string name) => name;
    }

    public enum EnvironmentVariableTarget { Process = 0, User = 1, Machine = 2 }
    public enum PlatformID { Win32S = 0, Win32Windows = 1, Win32NT = 2, WinCE = 3, Unix = 4, Xbox = 5, MacOSX = 6, Other = 7 }

    public sealed class OperatingSystem : ICloneable
    {
        public OperatingSystem(PlatformID platform, Version version) { Platform = platform; Version = version; }
        public PlatformID Platform { get; }
        public Version Version { get; }
        public string ServicePack => "";
        public string VersionString => "Unix " + Version.ToString();
        public override string ToString() => VersionString;
        public object Clone() => new OperatingSystem(Platform, Version);
        public static bool IsLinux() => true;
        public static bool IsWindows() => false;
        public static bool IsMacOS() => false;
        public static bool IsAndroid() => false;
        public static bool IsIOS() => false;
        public static bool IsFreeBSD() => false;
        public static bool IsBrowser() => false;
        public static bool IsWasi() => false;
    }

    public sealed class Version : ICloneable, IComparable, IComparable<Version>, IEquatable<Version>
    {
        private readonly int _Major, _Minor, _Build = -1, _Revision = -1;
        public Version(int major, int minor, int build, int revision) { _Major = major; _Minor = minor; _Build = build; _Revision = revision; }
        public Version(int major, int minor, int build) { _Major = major; _Minor = minor; _Build = build; }
        public Version(int major, int minor) { _Major = major; _Minor = minor; }
        public Version() { }
        public Version(string version)
        {
            var p = version.Split('.');
            _Major = int.Parse(p[0]); _Minor = int.Parse(p[1]);
            if (p.Length > 2) _Build = int.Parse(p[2]);
            if (p.Length > 3) _Revision = int.Parse(p[3]);
        }
        public int Major => _Major;
        public int Minor => _Minor;
        public int Build => _Build;
        public int Revision => _Revision;
        public object Clone() => new Version(_Major, _Minor, _Build, _Revision);
        public int CompareTo(object version) => version == null ? 1 : version is Version v ? CompareTo(v) : throw new ArgumentException("Object must be of type Version.");
        public int CompareTo(Version value)
        {
            if (value is null) return 1;
            if (_Major != value._Major) return _Major > value._Major ? 1 : -1;
            if (_Minor != value._Minor) return _Minor > value._Minor ? 1 : -1;
            if (_Build != value._Build) return _Build > value._Build ? 1 : -1;
            if (_Revision != value._Revision) return _Revision > value._Revision ? 1 : -1;
            return 0;
        }
        public override bool Equals(object obj) => Equals(obj as Version);
        public bool Equals(Version obj) => obj is not null && CompareTo(obj) == 0;
        public override int GetHashCode() => (_Major & 0xF) << 28 | (_Minor & 0xFF) << 20 | (_Build & 0xFF) << 12 | (_Revision & 0xFFF);
        public override string ToString() => _Build < 0 ? _Major + "." + _Minor : _Revision < 0 ? _Major + "." + _Minor + "." + _Build : _Major + "." + _Minor + "." + _Build + "." + _Revision;
        public string ToString(int fieldCount) => fieldCount switch { 0 => "", 1 => _Major.ToString(), 2 => _Major + "." + _Minor, 3 => _Major + "." + _Minor + "." + _Build, _ => ToString() };
        public static bool operator ==(Version v1, Version v2) => v1 is null ? v2 is null : v1.Equals(v2);
        public static bool operator !=(Version v1, Version v2) => !(v1 == v2);
        public static bool operator <(Version v1, Version v2) => v1 is null ? v2 is not null : v1.CompareTo(v2) < 0;
        public static bool operator <=(Version v1, Version v2) => v1 is null || v1.CompareTo(v2) <= 0;
        public static bool operator >(Version v1, Version v2) => v2 < v1;
        public static bool operator >=(Version v1, Version v2) => v2 <= v1;
        public static Version Parse(string input) => new Version(input);
    }
}

namespace System.Threading
{
    public static unsafe class Interlocked
    {
        public static int Increment(ref int location) => Add(ref location, 1);
        public static long Increment(ref long location) => Add(ref location, 1);
        public static uint Increment(ref uint location) => (uint)Add(ref System.Runtime.CompilerServices.Unsafe.As<uint, int>(ref location), 1);
        public static ulong Increment(ref ulong location) => (ulong)Add(ref System.Runtime.CompilerServices.Unsafe.As<ulong, long>(ref location), 1);
        public static int Decrement(ref int location) => Add(ref location, -1);
        public static long Decrement(ref long location) => Add(ref location, -1);
        public static int Add(ref int location1, int value)
        {
            while (true)
            {
                int old = location1;
                if (CompareExchange(ref location1, old + value, old) == old) return old + value;
            }
        }
        public static long Add(ref long location1, long value)
        {
            while (true)
            {
                long old = location1;
                if (CompareExchange(ref location1, old + value, old) == old) return old + value;
            }
        }
        public static int Exchange(ref int location1, int value)
        {
            while (true) { int old = location1; if (CompareExchange(ref location1, value, old) == old) return old; }
        }
        public static long Exchange(ref long location1, long value)
        {
            while (true) { long old = location1; if (CompareExchange(ref location1, value, old) == old) return old; }
        }
        public static double Exchange(ref double location1, double value)
            => BitConverter.Int64BitsToDouble(Exchange(ref System.Runtime.CompilerServices.Unsafe.As<double, long>(ref location1), BitConverter.DoubleToInt64Bits(value)));
        public static object Exchange(ref object location1, object value)
        {
            while (true) { object old = location1; if (CompareExchange(ref location1, value, old) == old) return old; }
        }
        public static IntPtr Exchange(ref IntPtr location1, IntPtr value) => (IntPtr)Exchange(ref System.Runtime.CompilerServices.Unsafe.As<IntPtr, long>(ref location1), (long)value);
        public static T Exchange<T>(ref T location1, T value) where T : class
            => System.Runtime.CompilerServices.Unsafe.As<T>(Exchange(ref System.Runtime.CompilerServices.Unsafe.As<T, object>(ref location1), value));
        [System.Runtime.CompilerServices.Intrinsic]
        public static int CompareExchange(ref int location1, int value, int comparand)
            => RuntimeImports.InterlockedCompareExchange32((int*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref location1), value, comparand);
        [System.Runtime.CompilerServices.Intrinsic]
        public static long CompareExchange(ref long location1, long value, long comparand)
            => RuntimeImports.InterlockedCompareExchange64((long*)System.Runtime.CompilerServices.Unsafe.AsPointer(ref location1), value, comparand);
        public static double CompareExchange(ref double location1, double value, double comparand)
            => BitConverter.Int64BitsToDouble(CompareExchange(ref System.Runtime.CompilerServices.Unsafe.As<double, long>(ref location1), BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(comparand)));
        [System.Runtime.CompilerServices.Intrinsic]
        public static object CompareExchange(ref object location1, object value, object comparand) => RuntimeImports.InterlockedCompareExchangeObject(ref location1, value, comparand);
        public static IntPtr CompareExchange(ref IntPtr location1, IntPtr value, IntPtr comparand)
            => (IntPtr)CompareExchange(ref System.Runtime.CompilerServices.Unsafe.As<IntPtr, long>(ref location1), (long)value, (long)comparand);
        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class
            => System.Runtime.CompilerServices.Unsafe.As<T>(CompareExchange(ref System.Runtime.CompilerServices.Unsafe.As<T, object>(ref location1), value, comparand));
        public static long Read(ref long location) => CompareExchange(ref location, 0, 0);
        public static void MemoryBarrier() => RuntimeImports.MemoryBarrier();
    }

    public static class Volatile
    {
        public static bool Read(ref bool location) => location;
        public static int Read(ref int location) => location;
        public static long Read(ref long location) => location;
        public static double Read(ref double location) => location;
        public static T Read<T>(ref T location) where T : class => location;
        public static void Write(ref bool location, bool value) => location = value;
        public static void Write(ref int location, int value) => location = value;
        public static void Write(ref long location, long value) => location = value;
        public static void Write(ref double location, double value) => location = value;
        public static void Write<T>(ref T location, T value) where T : class => location = value;
    }

    /// <summary>Monitor: the lock statement's Enter(object, ref bool)/Exit(object) map to the host's monitor calls.</summary>
    public static class Monitor
    {
        public static void Enter(object obj)
        {
            if (obj == null) ThrowHelper.ThrowArgumentNullException(nameof(obj));
            RuntimeImports.MonitorEnter(obj);
        }
        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("The lockTaken argument must be initialized to false.", nameof(lockTaken));
            Enter(obj);
            lockTaken = true;
        }
        public static void Exit(object obj)
        {
            if (obj == null) ThrowHelper.ThrowArgumentNullException(nameof(obj));
            RuntimeImports.MonitorExit(obj);
        }
        public static bool TryEnter(object obj) { Enter(obj); return true; }
        public static void TryEnter(object obj, ref bool lockTaken) => Enter(obj, ref lockTaken);
        public static bool TryEnter(object obj, int millisecondsTimeout) { Enter(obj); return true; }
        public static void TryEnter(object obj, int millisecondsTimeout, ref bool lockTaken) => Enter(obj, ref lockTaken);
        public static bool Wait(object obj) => true;
        public static bool Wait(object obj, int millisecondsTimeout) => true;
        public static void Pulse(object obj) { }
        public static void PulseAll(object obj) { }
    }

    /// <summary>C# 13 'lock' on a Lock object: EnterScope()/Scope.Dispose().</summary>
    public sealed class Lock
    {
        public Lock() { }
        public void Enter() => RuntimeImports.MonitorEnter(this);
        public void Exit() => RuntimeImports.MonitorExit(this);
        public bool TryEnter() { Enter(); return true; }
        public bool IsHeldByCurrentThread => true;
        public Scope EnterScope() { Enter(); return new Scope(this); }
        public ref struct Scope
        {
            private Lock _lock;
            internal Scope(Lock l) { _lock = l; }
            public void Dispose() { Lock l = _lock; if (l != null) { _lock = null; l.Exit(); } }
        }
    }

    public delegate void ThreadStart();
    public delegate void ParameterizedThreadStart(object obj);

    /// <summary>Thread: only the current (main) thread exists until the host implements thread creation.</summary>
    public sealed class Thread
    {
        private static Thread s_current;
        private readonly int _id;
        private string _name;
        private Thread(int id) { _id = id; }
        public static Thread CurrentThread => s_current ??= new Thread(1);
        public int ManagedThreadId => _id;
        public string Name { get => _name; set => _name = value; }
        public bool IsBackground { get; set; }
        public bool IsAlive => true;
        public bool IsThreadPoolThread => false;
        public static void Sleep(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException(nameof(millisecondsTimeout), "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            SystemImports.Sleep(millisecondsTimeout);
        }
        public static void Sleep(TimeSpan timeout) => Sleep((int)timeout.TotalMilliseconds);
        public static bool Yield() { SystemImports.Sleep(0); return true; }
        public static void SpinWait(int iterations) { }
        public static void MemoryBarrier() => RuntimeImports.MemoryBarrier();
        public static int GetCurrentProcessorId() => 0;
    }

    public static class Timeout
    {
        public const int Infinite = -1;
        public static readonly TimeSpan InfiniteTimeSpan = new TimeSpan(0, 0, 0, 0, Infinite);
    }
}
