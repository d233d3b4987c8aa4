using System.Reflection;
using System.Runtime.CompilerServices;

[assembly: AssemblyVersion("10.0.0.0")]
[assembly: AssemblyFileVersion("10.0.0.0")]
[assembly: AssemblyInformationalVersion("10.0.0 r2rhost corelib shim")]
[assembly: AssemblyTitle("System.Private.CoreLib")]
[assembly: AssemblyProduct("r2rhost")]
[assembly: RuntimeCompatibility(WrapNonExceptionThrows = true)]
