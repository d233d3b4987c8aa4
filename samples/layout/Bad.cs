// Explicit layouts CoreCLR may reject (TypeLoadException) or accept; the probe loads each by
// name and reports which. Nothing else refers to these types.
#pragma warning disable CS0169, CS0649
using System.Runtime.InteropServices;

namespace Bad;

[StructLayout(LayoutKind.Explicit)] public struct MisalignedRef { [FieldOffset(4)] public object O; }
[StructLayout(LayoutKind.Explicit)] public struct RefOverInt { [FieldOffset(0)] public object O; [FieldOffset(4)] public int I; }
[StructLayout(LayoutKind.Explicit)] public struct RefOverLong { [FieldOffset(0)] public object O; [FieldOffset(0)] public long L; }
[StructLayout(LayoutKind.Explicit)] public struct LongOverStructRef { [FieldOffset(0)] public Shapes.R_ObjByte R; [FieldOffset(0)] public long L; }
[StructLayout(LayoutKind.Explicit)] public class ClassRefOverInt { [FieldOffset(0)] public object O; [FieldOffset(0)] public int I; }
[StructLayout(LayoutKind.Explicit)] public struct RefOverRef { [FieldOffset(0)] public object O; [FieldOffset(0)] public string S; }
[StructLayout(LayoutKind.Explicit)] public struct LongOverStructPadding { [FieldOffset(0)] public Shapes.R_ObjByte R; [FieldOffset(8)] public long L; }
[StructLayout(LayoutKind.Explicit)] public ref struct ByRefOverRef { [FieldOffset(0)] public ref int R; [FieldOffset(0)] public object O; }
