// LayoutLib: the library half of the field-layout oracle (see Probe.cs). Its types are the
// bases and field types that LayoutProbe's types use across an assembly boundary: when both
// assemblies are compiled to ReadyToRun separately, a version-bubble boundary lies between
// base and derived class, and CoreCLR and crossgen2 then start the derived fields at a
// pointer-aligned offset.
using System.Runtime.InteropServices;

namespace LayoutLib;

/// <summary>5 bytes of fields: an int and a byte.</summary>
public class LibBase5
{
    public int I;
    public byte B;
}

/// <summary>1 byte of fields.</summary>
public class LibBase1
{
    public byte B;
}

/// <summary>A generic base whose size depends on T.</summary>
public class LibGen<T>
{
    public T Value = default!;
    public byte Tag;
}

/// <summary>A sequential class with 6 bytes of fields.</summary>
[StructLayout(LayoutKind.Sequential)]
public class LibSeq6
{
    public int I;
    public short S;
}

/// <summary>A struct defined in the other assembly.</summary>
public struct LibStruct
{
    public byte A;
    public int B;
}

/// <summary>A struct with a reference, defined in the other assembly.</summary>
public struct LibRefStruct
{
    public object? O;
    public short S;
}

/// <summary>A class in the same assembly as its base, whose layout depends on another
/// assembly's struct.</summary>
public class LibHasForeignStruct
{
    public System.Guid G;
    public byte B;
}
