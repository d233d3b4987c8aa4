// apicheck: compares the public surface of the corelib shim with the net10.0 reference assemblies.
//   apicheck check SHIM.dll REFDIR        every public type/member of the shim must exist in the refs with the
//                                         exact same name, arity and signature; prints coverage numbers.
//   apicheck dump REFDIR TypeFullName...  prints the reference members of the named types (the spec).
//   apicheck missing SHIM.dll REFDIR Type  prints reference members of Type that the shim lacks.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

sealed class SigProvider : ISignatureTypeProvider<string, object>
{
    readonly MetadataReader md;
    public SigProvider(MetadataReader md) { this.md = md; }
    public string GetArrayType(string e, ArrayShape s) => e + "[" + new string(',', s.Rank - 1) + "]";
    public string GetByReferenceType(string e) => e + "&";
    public string GetFunctionPointerType(MethodSignature<string> s) => "fnptr(" + string.Join(",", s.ParameterTypes) + ")" + s.ReturnType;
    public string GetGenericInstantiation(string g, ImmutableArray<string> a) => g + "<" + string.Join(",", a) + ">";
    public string GetGenericMethodParameter(object c, int i) => "!!" + i;
    public string GetGenericTypeParameter(object c, int i) => "!" + i;
    public string GetModifiedType(string m, string u, bool req) => u + (req ? " modreq(" : " modopt(") + m + ")";
    public string GetPinnedType(string e) => e + " pinned";
    public string GetPointerType(string e) => e + "*";
    public string GetPrimitiveType(PrimitiveTypeCode c) => c switch
    {
        PrimitiveTypeCode.Boolean => "System.Boolean", PrimitiveTypeCode.Byte => "System.Byte", PrimitiveTypeCode.SByte => "System.SByte",
        PrimitiveTypeCode.Char => "System.Char", PrimitiveTypeCode.Int16 => "System.Int16", PrimitiveTypeCode.UInt16 => "System.UInt16",
        PrimitiveTypeCode.Int32 => "System.Int32", PrimitiveTypeCode.UInt32 => "System.UInt32", PrimitiveTypeCode.Int64 => "System.Int64",
        PrimitiveTypeCode.UInt64 => "System.UInt64", PrimitiveTypeCode.Single => "System.Single", PrimitiveTypeCode.Double => "System.Double",
        PrimitiveTypeCode.IntPtr => "System.IntPtr", PrimitiveTypeCode.UIntPtr => "System.UIntPtr", PrimitiveTypeCode.Object => "System.Object",
        PrimitiveTypeCode.String => "System.String", PrimitiveTypeCode.TypedReference => "System.TypedReference", PrimitiveTypeCode.Void => "System.Void",
        _ => c.ToString()
    };
    public string GetSZArrayType(string e) => e + "[]";
    public string GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle h, byte k) => ApiCheck.TypeDefName(r, h);
    public string GetTypeFromReference(MetadataReader r, TypeReferenceHandle h, byte k)
    {
        var t = r.GetTypeReference(h);
        string n = r.GetString(t.Name);
        if (t.ResolutionScope.Kind == HandleKind.TypeReference) return GetTypeFromReference(r, (TypeReferenceHandle)t.ResolutionScope, 0) + "/" + n;
        string ns = r.GetString(t.Namespace);
        return ns.Length == 0 ? n : ns + "." + n;
    }
    public string GetTypeFromSpecification(MetadataReader r, object c, TypeSpecificationHandle h, byte k) => r.GetTypeSpecification(h).DecodeSignature(this, c);
}

static class ApiCheck
{
    public static string TypeDefName(MetadataReader r, TypeDefinitionHandle h)
    {
        var t = r.GetTypeDefinition(h);
        string n = r.GetString(t.Name);
        var decl = t.GetDeclaringType();
        if (!decl.IsNil) return TypeDefName(r, decl) + "/" + n;
        string ns = r.GetString(t.Namespace);
        return ns.Length == 0 ? n : ns + "." + n;
    }

    static bool IsVisible(MetadataReader r, TypeDefinition t)
    {
        var v = t.Attributes & TypeAttributes.VisibilityMask;
        if (v == TypeAttributes.Public) return true;
        if (v == TypeAttributes.NestedPublic || v == TypeAttributes.NestedFamily || v == TypeAttributes.NestedFamORAssem)
            return IsVisible(r, r.GetTypeDefinition(t.GetDeclaringType()));
        return false;
    }

    // type name -> set of member signature strings
    public static Dictionary<string, SortedSet<string>> Load(IEnumerable<string> files, bool publicOnly = true)
    {
        var result = new Dictionary<string, SortedSet<string>>();
        foreach (var f in files)
        {
            using var pe = new PEReader(File.OpenRead(f));
            if (!pe.HasMetadata) continue;
            var r = pe.GetMetadataReader();
            var prov = new SigProvider(r);
            foreach (var th in r.TypeDefinitions)
            {
                var t = r.GetTypeDefinition(th);
                if (publicOnly && !IsVisible(r, t)) continue;
                string tn = TypeDefName(r, th);
                if (tn == "<Module>") continue;
                int arity = t.GetGenericParameters().Count;
                if (!result.TryGetValue(tn, out var set)) result[tn] = set = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var mh in t.GetMethods())
                {
                    var m = r.GetMethodDefinition(mh);
                    var acc = m.Attributes & MethodAttributes.MemberAccessMask;
                    if (acc != MethodAttributes.Public && acc != MethodAttributes.Family && acc != MethodAttributes.FamORAssem) continue;
                    var sig = m.DecodeSignature(prov, null);
                    string s = (m.Attributes.HasFlag(MethodAttributes.Static) ? "static " : "") + sig.ReturnType + " " + r.GetString(m.Name)
                        + (sig.GenericParameterCount > 0 ? "``" + sig.GenericParameterCount : "") + "(" + string.Join(", ", sig.ParameterTypes) + ")";
                    set.Add(s);
                }
                foreach (var fh in t.GetFields())
                {
                    var fd = r.GetFieldDefinition(fh);
                    var acc = fd.Attributes & FieldAttributes.FieldAccessMask;
                    if (acc != FieldAttributes.Public && acc != FieldAttributes.Family && acc != FieldAttributes.FamORAssem) continue;
                    set.Add("field " + (fd.Attributes.HasFlag(FieldAttributes.Static) ? "static " : "") + fd.DecodeSignature(prov, null) + " " + r.GetString(fd.Name));
                }
            }
        }
        return result;
    }

    // bind: every type and member an app references in another assembly must exist in the shim with the same
    // namespace, name, generic arity and signature (how r2rhost binds framework references to the shim).
    static int Bind(string shimPath, string[] apps)
    {
        var shim = Load(new[] { shimPath }, publicOnly: false);
        var missing = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        int refs = 0;
        foreach (var app in apps)
        {
            using var pe = new PEReader(File.OpenRead(app));
            var r = pe.GetMetadataReader();
            var prov = new SigProvider(r);
            bool IsExternal(EntityHandle h)
            {
                if (h.Kind != HandleKind.TypeReference) return false;
                var tr = r.GetTypeReference((TypeReferenceHandle)h);
                if (tr.ResolutionScope.Kind == HandleKind.TypeReference) return IsExternal(tr.ResolutionScope);
                return tr.ResolutionScope.Kind == HandleKind.AssemblyReference;
            }
            foreach (var th in r.TypeReferences)
            {
                if (!IsExternal(th)) continue;
                string tn = prov.GetTypeFromReference(r, th, 0);
                refs++;
                if (!shim.ContainsKey(tn)) Add(missing, tn, "(type)", app);
            }
            foreach (var mh in r.MemberReferences)
            {
                var m = r.GetMemberReference(mh);
                string owner;
                if (m.Parent.Kind == HandleKind.TypeReference)
                {
                    if (!IsExternal(m.Parent)) continue;
                    owner = prov.GetTypeFromReference(r, (TypeReferenceHandle)m.Parent, 0);
                }
                else if (m.Parent.Kind == HandleKind.TypeSpecification)
                {
                    var blob = r.GetBlobReader(r.GetTypeSpecification((TypeSpecificationHandle)m.Parent).Signature);
                    var code = blob.ReadSignatureTypeCode();
                    if (code != SignatureTypeCode.GenericTypeInstance) continue;
                    blob.ReadByte();
                    var gh = blob.ReadTypeHandle();
                    if (!IsExternal(gh)) continue;
                    owner = prov.GetTypeFromReference(r, (TypeReferenceHandle)gh, 0);
                }
                else continue;
                refs++;
                string name = r.GetString(m.Name);
                string sig;
                if (m.GetKind() == MemberReferenceKind.Method)
                {
                    var ms = m.DecodeMethodSignature(prov, null);
                    sig = (ms.Header.IsInstance ? "" : "static ") + ms.ReturnType + " " + name + (ms.GenericParameterCount > 0 ? "``" + ms.GenericParameterCount : "") + "(" + string.Join(", ", ms.ParameterTypes) + ")";
                }
                else sig = "field " + m.DecodeFieldSignature(prov, null) + " " + name;
                if (!shim.TryGetValue(owner, out var set)) { Add(missing, owner, "(type)", app); continue; }
                bool ok = set.Contains(sig) || (sig.StartsWith("field ") && set.Contains("field static " + sig.Substring(6)));
                if (!ok) Add(missing, owner, sig, app);
            }
        }
        foreach (var (t, sigs) in missing)
            foreach (var sg in sigs) Console.WriteLine("MISSING  " + t + " :: " + sg);
        int n = missing.Values.Sum(v => v.Count);
        Console.WriteLine($"{apps.Length} assemblies, {refs} external references, {n} unresolved");
        return n == 0 ? 0 : 1;
    }

    static void Add(SortedDictionary<string, SortedSet<string>> d, string t, string sig, string app)
    {
        if (!d.TryGetValue(t, out var s)) d[t] = s = new SortedSet<string>(StringComparer.Ordinal);
        s.Add(sig + "   [" + Path.GetFileNameWithoutExtension(app) + "]");
    }

    static IEnumerable<string> RefFiles(string dir) => Directory.GetFiles(dir, "*.dll").Where(f => !Path.GetFileName(f).StartsWith("Microsoft."));

    static int Main(string[] args)
    {
        if (args.Length >= 2 && args[0] == "dump")
        {
            var refs = Load(RefFiles(args[1]));
            foreach (var tn in args.Skip(2))
            {
                if (!refs.TryGetValue(tn, out var set)) { Console.WriteLine("no type " + tn); continue; }
                Console.WriteLine("== " + tn);
                foreach (var s in set) Console.WriteLine("  " + s);
            }
            return 0;
        }
        if (args.Length >= 4 && args[0] == "missing")
        {
            var shim = Load(new[] { args[1] });
            var refs = Load(RefFiles(args[2]));
            foreach (var tn in args.Skip(3))
            {
                refs.TryGetValue(tn, out var rs); shim.TryGetValue(tn, out var ss);
                Console.WriteLine("== " + tn + (ss == null ? " (type missing)" : ""));
                foreach (var s in rs ?? new SortedSet<string>()) if (ss == null || !ss.Contains(s)) Console.WriteLine("  " + s);
            }
            return 0;
        }
        if (args.Length == 3 && args[0] == "check")
        {
            var shim = Load(new[] { args[1] });
            var refs = Load(RefFiles(args[2]));
            int bad = 0, ok = 0, badTypes = 0;
            var covered = new HashSet<string>();
            foreach (var (tn, set) in shim.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                if (!refs.TryGetValue(tn, out var rset)) { Console.WriteLine("EXTRA TYPE  " + tn); badTypes++; continue; }
                covered.Add(tn);
                foreach (var s in set)
                {
                    if (rset.Contains(s)) ok++;
                    else { Console.WriteLine("MISMATCH    " + tn + " :: " + s); bad++; }
                }
            }
            int refTypes = refs.Count, refMembers = refs.Values.Sum(s => s.Count);
            int coveredTypeMembers = refs.Where(k => covered.Contains(k.Key)).Sum(k => k.Value.Count);
            Console.WriteLine($"shim public types: {shim.Count} ({badTypes} not in refs); members matching refs: {ok}; mismatching: {bad}");
            Console.WriteLine($"reference surface: {refTypes} types, {refMembers} members; shim covers {covered.Count} types, {ok} of their {coveredTypeMembers} members");
            return bad + badTypes == 0 ? 0 : 1;
        }
        if (args.Length >= 3 && args[0] == "bind") return Bind(args[1], args.Skip(2).ToArray());
        if (args.Length >= 3 && args[0] == "reach") return Reach.Run(args[1], args.Skip(2).ToArray());
        Console.Error.WriteLine("usage: apicheck check SHIM.dll REFDIR | dump REFDIR Type... | missing SHIM.dll REFDIR Type... | bind SHIM.dll APP.dll...");
        return 2;
    }
}


// reach: methods of the shim statically reachable from the given entry methods ("Type::Name(ParamTypes)"), following
// call/callvirt/newobj/ldftn/ldvirtftn, static-field accesses (their type's .cctor), and overrides of called virtual
// methods (except Object's ToString/Equals/GetHashCode/Finalize). An estimate of what the JIT compiles for a path.
static class Reach
{
    public static int Run(string shimPath, string[] entries)
    {
        using var pe = new PEReader(File.OpenRead(shimPath));
        var r = pe.GetMetadataReader();
        var prov = new SigProvider(r);
        var byKey = new Dictionary<string, MethodDefinitionHandle>();
        var byNameSig = new Dictionary<string, List<MethodDefinitionHandle>>(); // name+sig (no type) -> methods, for overrides
        var declType = new Dictionary<MethodDefinitionHandle, TypeDefinitionHandle>();
        foreach (var th in r.TypeDefinitions)
        {
            var t = r.GetTypeDefinition(th);
            string tn = ApiCheck.TypeDefName(r, th);
            foreach (var mh in t.GetMethods())
            {
                var m = r.GetMethodDefinition(mh);
                var sig = m.DecodeSignature(prov, null);
                string ns = r.GetString(m.Name) + "(" + string.Join(",", sig.ParameterTypes) + ")";
                byKey[tn + "::" + ns] = mh;
                declType[mh] = th;
                if ((m.Attributes & MethodAttributes.Virtual) != 0)
                {
                    if (!byNameSig.TryGetValue(ns, out var l)) byNameSig[ns] = l = new List<MethodDefinitionHandle>();
                    l.Add(mh);
                }
            }
        }
        var seen = new HashSet<MethodDefinitionHandle>();
        var work = new Queue<MethodDefinitionHandle>();
        bool hotOnly = Environment.GetEnvironmentVariable("REACH_ALL") != "1";
        // Cold paths are compiled only when taken: exception construction and throw helpers.
        bool IsCold(MethodDefinitionHandle h)
        {
            string tn = ApiCheck.TypeDefName(r, declType[h]);
            return tn.EndsWith("Exception") || tn == "System.ThrowHelper" || tn == "System.SR" || tn == "System.Number" && r.GetString(r.GetMethodDefinition(h).Name) == "ParseFailure";
        }
        void Enq(MethodDefinitionHandle h) { if (seen.Add(h)) work.Enqueue(h); }
        void EnqCctor(TypeDefinitionHandle th)
        {
            foreach (var mh in r.GetTypeDefinition(th).GetMethods()) if (r.GetString(r.GetMethodDefinition(mh).Name) == ".cctor") Enq(mh);
        }
        foreach (var e in entries)
        {
            if (!byKey.TryGetValue(e, out var h)) { Console.WriteLine("no method " + e); return 2; }
            Enq(h);
        }
        MethodDefinitionHandle? Resolve(EntityHandle tok, out bool isVirtualCall)
        {
            isVirtualCall = false;
            if (tok.Kind == HandleKind.MethodSpecification) tok = r.GetMethodSpecification((MethodSpecificationHandle)tok).Method;
            if (tok.Kind == HandleKind.MethodDefinition) return (MethodDefinitionHandle)tok;
            if (tok.Kind != HandleKind.MemberReference) return null;
            var mr = r.GetMemberReference((MemberReferenceHandle)tok);
            if (mr.GetKind() != MemberReferenceKind.Method) return null;
            TypeDefinitionHandle? owner = null;
            if (mr.Parent.Kind == HandleKind.TypeSpecification)
            {
                var blob = r.GetBlobReader(r.GetTypeSpecification((TypeSpecificationHandle)mr.Parent).Signature);
                if (blob.ReadSignatureTypeCode() == SignatureTypeCode.GenericTypeInstance)
                {
                    blob.ReadByte();
                    var gh = blob.ReadTypeHandle();
                    if (gh.Kind == HandleKind.TypeDefinition) owner = (TypeDefinitionHandle)gh;
                }
            }
            else if (mr.Parent.Kind == HandleKind.TypeDefinition) owner = (TypeDefinitionHandle)mr.Parent;
            if (owner == null) return null;
            var ms = mr.DecodeMethodSignature(prov, null);
            string key = ApiCheck.TypeDefName(r, owner.Value) + "::" + r.GetString(mr.Name) + "(" + string.Join(",", ms.ParameterTypes) + ")";
            return byKey.TryGetValue(key, out var h) ? h : (MethodDefinitionHandle?)null;
        }
        while (work.Count > 0)
        {
            var mh = work.Dequeue();
            var m = r.GetMethodDefinition(mh);
            EnqCctor(declType[mh]);
            if (m.RelativeVirtualAddress == 0) continue;
            var il = pe.GetMethodBody(m.RelativeVirtualAddress).GetILReader();
            while (il.RemainingBytes > 0)
            {
                int op = il.ReadByte();
                if (op == 0xFE)
                {
                    int op2 = il.ReadByte();
                    switch (op2)
                    {
                        case 0x06: case 0x07:
                        {
                            var tok = MetadataTokens.EntityHandle(il.ReadInt32());
                            var t = Resolve(tok, out _);
                            if (t != null) { Enq(t.Value); AddOverrides(t.Value); }
                            break;
                        }
                        case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x0E: il.ReadInt16(); break;
                        case 0x12: case 0x19: il.ReadByte(); break;
                        case 0x15: case 0x16: case 0x1C: il.ReadInt32(); break;
                    }
                    continue;
                }
                switch (op)
                {
                    case 0x28: case 0x6F: case 0x73: case 0x27:
                    {
                        var tok = MetadataTokens.EntityHandle(il.ReadInt32());
                        var t = Resolve(tok, out _);
                        if (t != null && !(hotOnly && IsCold(t.Value))) { Enq(t.Value); if (op == 0x6F) AddOverrides(t.Value); }
                        break;
                    }
                    case 0x7E: case 0x7F: case 0x80:
                    {
                        var tok = MetadataTokens.EntityHandle(il.ReadInt32());
                        if (tok.Kind == HandleKind.FieldDefinition) EnqCctor(r.GetFieldDefinition((FieldDefinitionHandle)tok).GetDeclaringType());
                        break;
                    }
                    case 0x45: { int n = il.ReadInt32(); for (int i = 0; i < n; i++) il.ReadInt32(); break; }
                    case 0x21: case 0x23: il.ReadInt64(); break;
                    default:
                        if ((op >= 0x0E && op <= 0x13) || op == 0x1F || (op >= 0x2B && op <= 0x37) || op == 0xDE) il.ReadByte();
                        else if (op == 0x20 || op == 0x22 || op == 0x29 || (op >= 0x38 && op <= 0x44) || (op >= 0x70 && op <= 0x75) || op == 0x79
                            || (op >= 0x7B && op <= 0x81) || op == 0x8C || op == 0x8D || op == 0x8F || op == 0xA3 || op == 0xA4 || op == 0xA5
                            || op == 0xC2 || op == 0xC6 || op == 0xD0 || op == 0xDD) il.ReadInt32();
                        break;
                }
            }
        }
        void AddOverrides(MethodDefinitionHandle target)
        {
            var m = r.GetMethodDefinition(target);
            if ((m.Attributes & MethodAttributes.Virtual) == 0) return;
            string owner = ApiCheck.TypeDefName(r, declType[target]);
            if (owner == "System.Object" || owner == "System.ValueType") return;
            var sig = m.DecodeSignature(prov, null);
            string ns = r.GetString(m.Name) + "(" + string.Join(",", sig.ParameterTypes) + ")";
            if (byNameSig.TryGetValue(ns, out var l)) foreach (var h in l) Enq(h);
        }
        // AddOverrides is used above through a local function declared after use; C# allows that.
        var names = seen.Select(h => ApiCheck.TypeDefName(r, declType[h]) + "::" + r.GetString(r.GetMethodDefinition(h).Name)).OrderBy(x => x, StringComparer.Ordinal).ToList();
        if (Environment.GetEnvironmentVariable("REACH_LIST") == "1") foreach (var n in names) Console.WriteLine("  " + n);
        int total = r.MethodDefinitions.Count;
        Console.WriteLine($"reachable methods: {seen.Count} (of {total} in the shim; {seen.Count(h => r.GetMethodDefinition(h).RelativeVirtualAddress != 0)} with IL bodies)");
        return 0;
    }
}
