// LayoutProbe: prints the instance and static field layout CoreCLR computed for every type
// in namespace Shapes (Shapes.cs) and the types they reach (fields, bases), so that a test
// can compare r2rhost's field layout algorithm with the runtime's at test time.
//
// Run with the argument `touch` to also execute Shapes.Touch (see Shapes.cs).
//
// One record per line, fields separated by spaces, `key=value` after the first two words:
//
//   T <id> <name> kind=struct|class layout=auto|seq|explicit asm=<file> tok=<typedef token>
//     parent=<id>|- byreflike=0|1 inline=<length> special=<name>|- ansi=0|1 size=<unboxed size>|-
//     basesize=<MethodTable BaseSize> gcflag=0|1 gc=<offsets of object references>|-
//   F <type id> <field name> tok=<fielddef token> type=<field type> offset=<measured> fd=<FieldDesc offset>
//   S <type id> <field name> tok=<token> type=<field type> thread=0|1 rva=0|1 fd=<FieldDesc offset>
//   E <type name> <TypeLoadException message>
//
// Field types: prim:<name> (enums: prim:<underlying name>/<file of the enum's assembly>), ref,
// byref, vt:<type id>.
// Offsets of instance fields are measured: for value types as the distance between the
// field's address and the value's address (ldflda in a dynamic method), for classes between
// the field and the first byte after the MethodTable pointer. "gc" lists the offsets of
// object references decoded from the GCDesc in front of the MethodTable (value types:
// relative to the unboxed value, classes: relative to the first byte after the MethodTable
// pointer). "fd" is the offset CoreCLR stored in the FieldDesc (instance fields: relative to
// the value / the first byte after the MethodTable pointer; statics: within the type's
// statics block).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Text;

namespace LayoutProbe;

sealed class RawData { public byte Data; }

delegate nint StructOffset(ref byte value);
delegate nint ClassOffset(object value);
delegate int SizeOf();

static unsafe class Program
{
    static readonly List<Type> order = new();
    static readonly Dictionary<Type, int> ids = new();
    static readonly byte[] scratch = new byte[1 << 16];

    static int Id(Type t)
    {
        if (!ids.TryGetValue(t, out int id))
        {
            id = order.Count;
            ids[t] = id;
            order.Add(t);
        }
        return id;
    }

    static bool Describable(Type t) =>
        t.IsValueType ? !t.IsPrimitive && !t.IsEnum && !t.IsPointer
                      : t != typeof(object) && t != typeof(ValueType) && !t.IsInterface && !t.IsArray;

    public static int Main(string[] args)
    {
        var asm = typeof(Shapes.Touch).Assembly;
        // Touch exists for crossgen2 (it makes R2R code use every shape); running it is only
        // safe where the code was compiled with the runtime's own layouts (no R2R image).
        if (args.Length > 0 && args[0] == "touch") Shapes.Touch.All();
        var roots = new List<Type>();
        foreach (var a in new[] { asm, typeof(LayoutLib.LibBase5).Assembly })
        {
            Type?[] types;
            try { types = a.GetTypes(); }
            catch (ReflectionTypeLoadException e) { types = e.Types; }
            foreach (var t in types.OfType<Type>().OrderBy(t => t.MetadataToken))
            {
                bool isStatic = t.IsAbstract && t.IsSealed;
                if ((t.Namespace == "Shapes" || t.Namespace == "LayoutLib") && !t.IsGenericTypeDefinition && !t.IsEnum
                    && !t.IsInterface && (isStatic || !t.IsAbstract) && !t.IsNested)
                    roots.Add(t);
            }
        }
        roots.AddRange(Shapes.Instantiations.All);
        foreach (var t in roots) Id(t);

        foreach (var name in new[] { "Bad.MisalignedRef", "Bad.RefOverInt", "Bad.RefOverLong", "Bad.LongOverStructRef",
                                     "Bad.ClassRefOverInt", "Bad.RefOverRef", "Bad.LongOverStructPadding", "Bad.ByRefOverRef" })
        {
            try
            {
                var t = asm.GetType(name, throwOnError: true)!;
                RuntimeHelpers.RunClassConstructor(t.TypeHandle);
                Console.WriteLine($"OK {name}");
                Id(t);
            }
            catch (TypeLoadException e)
            {
                Console.WriteLine($"E {name} {e.Message}");
            }
        }

        for (int i = 0; i < order.Count; i++)
            Describe(i, order[i]);
        return 100;
    }

    static string Kind(Type t) => t.IsValueType ? "struct" : "class";

    static string Layout(Type t) => t.IsExplicitLayout ? "explicit" : t.IsLayoutSequential ? "seq" : "auto";

    static string Special(Type t)
    {
        if (t.Namespace == "System" && (t.Name == "Int128" || t.Name == "UInt128")) return "int128";
        if (t.Namespace == "System.Runtime.Intrinsics" && t.IsGenericType)
        {
            switch (t.Name)
            {
                case "Vector64`1": return "vector64";
                case "Vector128`1": return "vector128";
                case "Vector256`1": return "vector256";
                case "Vector512`1": return "vector512";
            }
        }
        if (t.Namespace == "System.Numerics" && t.Name == "Vector`1") return "vectort";
        return "-";
    }

    static string FieldType(Type ft)
    {
        if (ft.IsByRef) return "byref";
        if (ft.IsPointer) return "prim:Ptr";
        if (ft.IsFunctionPointer || ft.IsUnmanagedFunctionPointer) return "prim:FnPtr";
        if (ft.IsEnum) return "prim:" + Enum.GetUnderlyingType(ft).Name + "/" + System.IO.Path.GetFileName(ft.Assembly.Location);
        if (ft.IsPrimitive) return "prim:" + ft.Name;
        if (ft.IsValueType) return "vt:" + Id(ft);
        return "ref";
    }

    static void Describe(int id, Type t)
    {
        byte* mt = (byte*)t.TypeHandle.Value;
        uint flags = *(uint*)mt;
        uint baseSize = *(uint*)(mt + 4);
        bool gcFlag = (flags & 0x01000000) != 0;
        string parent = "-";
        if (!t.IsValueType && t.BaseType != null && Describable(t.BaseType)) parent = Id(t.BaseType).ToString();
        int inline = t.GetCustomAttribute<InlineArrayAttribute>()?.Length ?? 0;
        bool ansi = (t.Attributes & TypeAttributes.StringFormatMask) == TypeAttributes.AnsiClass;
        string size = t.IsValueType ? SizeOfType(t).ToString() : "-";
        var gc = gcFlag ? GcOffsets(mt, baseSize) : new List<long>();
        var sb = new StringBuilder();
        sb.Append($"T {id} {t} kind={Kind(t)} layout={Layout(t)} asm={System.IO.Path.GetFileName(t.Assembly.Location)}");
        sb.Append($" tok={t.MetadataToken:x8} parent={parent} byreflike={(t.IsByRefLike ? 1 : 0)} inline={inline}");
        sb.Append($" special={Special(t)} ansi={(ansi ? 1 : 0)} size={size} basesize={baseSize} gcflag={(gcFlag ? 1 : 0)}");
        sb.Append($" gc={(gc.Count == 0 ? "-" : string.Join(",", gc))}");
        Console.WriteLine(sb.ToString());

        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var f in t.GetFields(all | BindingFlags.Instance).OrderBy(f => f.MetadataToken))
        {
            long offset = t.IsValueType ? MeasureStructField(f) : MeasureClassField(t, f);
            Console.WriteLine($"F {id} {f.Name} tok={f.MetadataToken:x8} type={FieldType(f.FieldType)} offset={offset} fd={FieldDescOffset(f)}");
        }
        foreach (var f in t.GetFields(all | BindingFlags.Static).OrderBy(f => f.MetadataToken))
        {
            if (f.IsLiteral) continue;
            bool thread = f.IsDefined(typeof(ThreadStaticAttribute), false);
            bool rva = (f.Attributes & FieldAttributes.HasFieldRVA) != 0;
            Console.WriteLine($"S {id} {f.Name} tok={f.MetadataToken:x8} type={FieldType(f.FieldType)} thread={(thread ? 1 : 0)} rva={(rva ? 1 : 0)} fd={FieldDescOffset(f)}");
        }
    }

    // The offsets of object references, from the GCDesc series stored in front of the
    // MethodTable: the series count at mt-8, then series {size - BaseSize, start} going down.
    static List<long> GcOffsets(byte* mt, uint baseSize)
    {
        var result = new List<long>();
        long count = *(long*)(mt - 8);
        for (long i = 0; i < count; i++)
        {
            long* series = (long*)(mt - 8 - 16 * (i + 1));
            long length = series[0] + baseSize;
            long start = series[1];
            for (long o = start; o < start + length; o += 8) result.Add(o - 8);
        }
        result.Sort();
        return result;
    }

    // FieldDesc: MethodTable* (8 bytes), a DWORD of token/flags, then a DWORD whose low 27
    // bits are the offset.
    static long FieldDescOffset(FieldInfo f)
    {
        byte* fd = (byte*)f.FieldHandle.Value;
        return *(uint*)(fd + 12) & 0x7FFFFFF;
    }

    static int SizeOfType(Type t)
    {
        var dm = new DynamicMethod("sizeof", typeof(int), Type.EmptyTypes, typeof(Program).Module, true);
        var il = dm.GetILGenerator();
        il.Emit(OpCodes.Sizeof, t);
        il.Emit(OpCodes.Ret);
        return dm.CreateDelegate<SizeOf>()();
    }

    static long MeasureStructField(FieldInfo f)
    {
        var dm = new DynamicMethod("off", typeof(nint), new[] { typeof(byte).MakeByRefType() }, typeof(Program).Module, true);
        var il = dm.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldflda, f);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Sub);
        il.Emit(OpCodes.Ret);
        return dm.CreateDelegate<StructOffset>()(ref scratch[0]);
    }

    static ref byte RawDataRef(object o) => ref Unsafe.As<RawData>(o).Data;

    static long MeasureClassField(Type t, FieldInfo f)
    {
        var dm = new DynamicMethod("off", typeof(nint), new[] { typeof(object) }, typeof(Program).Module, true);
        var il = dm.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldflda, f);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, typeof(Program).GetMethod(nameof(RawDataRef), BindingFlags.NonPublic | BindingFlags.Static)!);
        il.Emit(OpCodes.Sub);
        il.Emit(OpCodes.Ret);
        object instance = RuntimeHelpers.GetUninitializedObject(t);
        return dm.CreateDelegate<ClassOffset>()(instance);
    }
}
