//! r2rhost's field layout (`r2rhost::layout`) against CoreCLR and crossgen2, at test time.
//!
//! `samples/layout` holds ~170 type shapes (~220 types with the framework types they reach)
//! and a probe that prints, for every type it reaches,
//! what CoreCLR computed: each instance field's offset (measured with `ldflda`), the unboxed
//! size, `BaseSize`, the object references recorded in the GCDesc, and the offsets CoreCLR
//! stored in the FieldDescs of static fields. The probe also describes each type — kind,
//! declared layout, parent, field types — and this test rebuilds [`TypeShape`]s from that
//! description (plus `Pack`, `Size` and `[FieldOffset]` read from the assemblies' metadata),
//! lays them out with r2rhost's algorithm and compares. No expected number is written here.
//!
//! Three runs:
//! * the IL build under CoreCLR: no bubble boundaries anywhere;
//! * both assemblies compiled to ReadyToRun (separate version bubbles) under CoreCLR: a class
//!   derived across an assembly boundary, or from a class whose layout depends on another
//!   assembly, starts its fields pointer-aligned;
//! * the same compiled with `--verify-type-and-field-layout`: every `Verify_TypeLayout` and
//!   `Verify_FieldOffset` fixup crossgen2 emitted for the samples' types must match.
//!
//! crossgen2 and CoreCLR 10.0.12 disagree on a few shapes (see `KNOWN_DIVERGENCES`); r2rhost
//! follows crossgen2, and the test insists that exactly those shapes differ from CoreCLR.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use r2rhost::layout::{
    FieldKind, FieldShape, InstanceLayout, LayoutError, LayoutKind, ParentLayout, SpecialType, StaticFieldKind, StaticFieldShape,
    TypeShape, compute_instance_layout, compute_static_layout, embed,
};
use r2rhost_driver::{Crossgen2Output, Crossgen2Request, CscRequest, OutputKind, run_app, workspace_root};
use r2rhost_image::Image;
use r2rhost_image::metadata::Metadata;
use r2rhost_image::metadata::coded::MemberRefParent;
use r2rhost_image::metadata::sig::{SigReader, TypeDefOrRef, TypeSig};
use r2rhost_image::metadata::token::{FieldRid, TypeDefRid};
use r2rhost::layout::check::{check_instance_field, check_static_field, check_type_layout};
use r2rhost_image::r2r::fixups::FieldToken;
use r2rhost::loader::methods::DataOnlyStubs;
use r2rhost::loader::types::FieldStorage;
use r2rhost::loader::{AsmId, Loader, TypeId, TypeKey};
use r2rhost::r2r::layout_fixups::{Verdict, check_layout_fixup};
use r2rhost_image::r2r::{Fixup, FixupKind, FixupPayload};

/// Shapes where CoreCLR's layout differs from crossgen2's (which r2rhost implements), with
/// the scenario in which they differ.
const KNOWN_DIVERGENCES: &[(&str, Scenario, &str)] = &[
    ("Shapes.C_SeqDerived", Scenario::Il, "CoreCLR rounds a sequential parent's size to its alignment"),
    ("Shapes.C_SeqDerived", Scenario::ReadyToRun, "CoreCLR rounds a sequential parent's size to its alignment"),
    ("Shapes.C_FromLibSeq", Scenario::Il, "CoreCLR rounds a sequential parent's size to its alignment"),
    ("Shapes.C_ExplDerived", Scenario::Il, "CoreCLR counts an explicit parent's size twice"),
    ("Shapes.C_ExplDerived", Scenario::ReadyToRun, "CoreCLR counts an explicit parent's size twice"),
    ("Shapes.X_ObjPack1", Scenario::Il, "CoreCLR rounds a value type with references to 8 bytes"),
    ("Shapes.X_ObjPack1", Scenario::ReadyToRun, "CoreCLR rounds a value type with references to 8 bytes"),
    ("Shapes.HasXObjPack1", Scenario::Il, "embeds X_ObjPack1"),
    ("Shapes.HasXObjPack1", Scenario::ReadyToRun, "embeds X_ObjPack1"),
    ("Shapes.AutoHasXObjPack1", Scenario::Il, "embeds X_ObjPack1"),
    ("Shapes.AutoHasXObjPack1", Scenario::ReadyToRun, "embeds X_ObjPack1"),
];

// ---------------------------------------------------------------------------------------
// Building and running the probe

struct Built {
    /// The IL build (LayoutProbe.dll with LayoutLib.dll beside it).
    il_dir: PathBuf,
    /// Both assemblies compiled to ReadyToRun.
    r2r: Crossgen2Output,
    /// Both assemblies compiled with --verify-type-and-field-layout.
    verify: Crossgen2Output,
    /// Probe output of the IL build.
    il_output: String,
    /// Probe output of the R2R build.
    r2r_output: String,
}

fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = workspace_root().join("samples/layout");
        let lib = CscRequest::new("LayoutLib", OutputKind::Library, vec![dir.join("LayoutLib.cs")]).build().expect("build LayoutLib");
        let mut probe = CscRequest::new("LayoutProbe", OutputKind::Exe, ["Probe.cs", "Shapes.cs", "Bad.cs"].map(|f| dir.join(f)).to_vec());
        probe.allow_unsafe = true;
        probe.references = vec![lib.assembly];
        let probe = probe.build().expect("build LayoutProbe");
        let inputs = vec![probe.assembly.clone(), probe.build.dir.join("LayoutLib.dll")];
        let r2r = Crossgen2Request::new(inputs.clone()).build().expect("crossgen2");
        let verify = Crossgen2Request { verify_type_and_field_layout: true, ..Crossgen2Request::new(inputs) }.build().expect("crossgen2 --verify-type-and-field-layout");
        let il_output = run_probe(&probe.assembly, &["touch"]);
        let r2r_output = run_probe(r2r.image("LayoutProbe").expect("R2R LayoutProbe.dll"), &[]);
        Built { il_dir: probe.build.dir, r2r, verify, il_output, r2r_output }
    })
}

fn run_probe(app: &Path, args: &[&str]) -> String {
    let run = run_app(app, args, &[]).expect("run the probe");
    assert_eq!(run.exit_code, Some(100), "probe {} failed:\n{}\n{}", app.display(), run.stdout, run.stderr);
    run.stdout
}

// ---------------------------------------------------------------------------------------
// The probe's output

#[derive(Clone, Debug)]
enum FieldTy {
    Prim { name: String, enum_asm: Option<String> },
    Ref,
    ByRef,
    Vt(usize),
}

#[derive(Clone, Debug)]
struct FieldDesc {
    name: String,
    tok: u32,
    ty: FieldTy,
    /// Measured offset (instance fields) — absent for statics.
    offset: Option<u32>,
    /// FieldDesc offset.
    fd: u32,
    thread: bool,
    rva: bool,
}

#[derive(Clone, Debug)]
struct TypeDesc {
    name: String,
    is_struct: bool,
    layout: LayoutKind,
    asm: String,
    tok: u32,
    parent: Option<usize>,
    byreflike: bool,
    inline: u32,
    special: Option<SpecialType>,
    ansi: bool,
    size: Option<u32>,
    base_size: u32,
    gc: Vec<u32>,
    fields: Vec<FieldDesc>,
    statics: Vec<FieldDesc>,
}

#[derive(Debug, Default)]
struct Probe {
    types: Vec<TypeDesc>,
    /// Types CoreCLR refused, with its message.
    errors: BTreeMap<String, String>,
    /// Types loaded by name (the `Bad` namespace) that CoreCLR accepted.
    accepted: BTreeSet<String>,
}

impl Probe {
    fn parse(text: &str) -> Probe {
        let mut p = Probe::default();
        for line in text.lines() {
            let mut words = line.split(' ');
            match words.next() {
                Some("T") => p.types.push(parse_type(line)),
                Some("F") | Some("S") => {
                    let id: usize = words.next().unwrap().parse().unwrap();
                    let f = parse_field(line);
                    let t = &mut p.types[id];
                    if line.starts_with('F') { t.fields.push(f) } else { t.statics.push(f) }
                }
                Some("E") => {
                    let name = words.next().unwrap().to_string();
                    p.errors.insert(name, words.collect::<Vec<_>>().join(" "));
                }
                Some("OK") => {
                    p.accepted.insert(words.next().unwrap().to_string());
                }
                _ => panic!("unexpected probe line {line:?}"),
            }
        }
        p
    }

    fn find(&self, name: &str) -> Option<usize> {
        self.types.iter().position(|t| t.name == name)
    }
}

fn keys(line: &str) -> HashMap<&str, &str> {
    line.split(' ').filter_map(|w| w.split_once('=')).collect()
}

fn parse_type(line: &str) -> TypeDesc {
    let k = keys(line);
    let name = line.split(' ').nth(2).unwrap().to_string();
    let num = |key: &str| -> Option<u32> { k[key].parse().ok() };
    TypeDesc {
        name,
        is_struct: k["kind"] == "struct",
        layout: match k["layout"] {
            "auto" => LayoutKind::Auto,
            "seq" => LayoutKind::Sequential,
            _ => LayoutKind::Explicit,
        },
        asm: k["asm"].to_string(),
        tok: u32::from_str_radix(k["tok"], 16).unwrap(),
        parent: k["parent"].parse().ok(),
        byreflike: k["byreflike"] == "1",
        inline: num("inline").unwrap(),
        special: match k["special"] {
            "int128" => Some(SpecialType::Int128),
            "vector64" => Some(SpecialType::Vector64),
            "vector128" => Some(SpecialType::Vector128),
            "vector256" => Some(SpecialType::Vector256),
            "vector512" => Some(SpecialType::Vector512),
            "-" => None,
            other => panic!("special type {other} not modelled"),
        },
        ansi: k["ansi"] == "1",
        size: num("size"),
        base_size: num("basesize").unwrap(),
        gc: if k["gc"] == "-" { Vec::new() } else { k["gc"].split(',').map(|s| s.parse().unwrap()).collect() },
        fields: Vec::new(),
        statics: Vec::new(),
    }
}

fn parse_field(line: &str) -> FieldDesc {
    let k = keys(line);
    let ty = match k["type"] {
        "ref" => FieldTy::Ref,
        "byref" => FieldTy::ByRef,
        t if t.starts_with("vt:") => FieldTy::Vt(t[3..].parse().unwrap()),
        t => {
            let p = t.strip_prefix("prim:").unwrap();
            let (name, enum_asm) = match p.split_once('/') {
                Some((n, a)) => (n.to_string(), Some(a.to_string())),
                None => (p.to_string(), None),
            };
            FieldTy::Prim { name, enum_asm }
        }
    };
    FieldDesc {
        name: line.split(' ').nth(2).unwrap().to_string(),
        tok: u32::from_str_radix(k["tok"], 16).unwrap(),
        ty,
        offset: k.get("offset").map(|o| o.parse().unwrap()),
        fd: k["fd"].parse().unwrap(),
        thread: k.get("thread") == Some(&"1"),
        rva: k.get("rva") == Some(&"1"),
    }
}

// ---------------------------------------------------------------------------------------
// Metadata (Pack, Size, [FieldOffset]) of the probed assemblies

struct Assemblies {
    dirs: Vec<PathBuf>,
    bytes: RefCell<HashMap<String, &'static [u8]>>,
}

impl Assemblies {
    fn new(app_dir: &Path) -> Self {
        let framework = r2rhost_driver::shared_framework_dir().expect("shared framework");
        Assemblies { dirs: vec![app_dir.to_path_buf(), framework], bytes: RefCell::new(HashMap::new()) }
    }

    fn metadata(&self, file: &str) -> Metadata<'static> {
        let bytes = *self.bytes.borrow_mut().entry(file.to_string()).or_insert_with(|| {
            let path = self.dirs.iter().map(|d| d.join(file)).find(|p| p.is_file()).unwrap_or_else(|| panic!("{file} not found"));
            Box::leak(std::fs::read(path).unwrap().into_boxed_slice())
        });
        Image::parse(bytes).unwrap().metadata.unwrap()
    }

    /// (Pack, Size) from the type's ClassLayout row.
    fn class_layout(&self, t: &TypeDesc) -> (Option<u32>, Option<u32>) {
        let md = self.metadata(&t.asm);
        match md.class_layout_of(TypeDefRid(t.tok & 0x00FF_FFFF)).unwrap() {
            Some(row) => (Some(u32::from(row.packing_size)), Some(row.class_size)),
            None => (None, None),
        }
    }

    fn field_offset(&self, t: &TypeDesc, field_tok: u32) -> Option<u32> {
        self.metadata(&t.asm).field_offset_of(FieldRid(field_tok & 0x00FF_FFFF)).unwrap()
    }
}

// ---------------------------------------------------------------------------------------
// From the description to r2rhost layouts

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scenario {
    /// IL only: CoreCLR never aligns a base across assemblies.
    Il,
    /// Every assembly is ReadyToRun, each its own version bubble.
    ReadyToRun,
}

#[derive(Clone)]
struct Laid {
    shape: TypeShape,
    layout: InstanceLayout,
}

struct Model<'a> {
    probe: &'a Probe,
    asms: &'a Assemblies,
    scenario: Scenario,
    cache: RefCell<HashMap<usize, Result<Laid, String>>>,
}

fn primitive(name: &str) -> FieldKind {
    match name {
        "Boolean" | "SByte" | "Byte" => FieldKind::primitive(1),
        "Char" | "Int16" | "UInt16" => FieldKind::primitive(2),
        "Int32" | "UInt32" => FieldKind::primitive(4),
        "Int64" | "UInt64" | "IntPtr" | "UIntPtr" | "Ptr" | "FnPtr" => FieldKind::primitive(8),
        "Single" => FieldKind::FloatingPoint { size: 4 },
        "Double" => FieldKind::FloatingPoint { size: 8 },
        other => panic!("primitive {other} not modelled"),
    }
}

impl<'a> Model<'a> {
    fn new(probe: &'a Probe, asms: &'a Assemblies, scenario: Scenario) -> Self {
        Model { probe, asms, scenario, cache: RefCell::new(HashMap::new()) }
    }

    fn laid(&self, id: usize) -> Result<Laid, String> {
        if let Some(r) = self.cache.borrow().get(&id) {
            return r.clone();
        }
        let r = self.shape(id).and_then(|shape| {
            let layout = compute_instance_layout(&shape).map_err(|e| format!("{}: {e}", self.probe.types[id].name))?;
            Ok(Laid { shape, layout })
        });
        self.cache.borrow_mut().insert(id, r.clone());
        r
    }

    fn shape(&self, id: usize) -> Result<TypeShape, String> {
        let t = &self.probe.types[id];
        let parent = match t.parent {
            Some(p) => {
                let l = self.laid(p)?;
                Some(ParentLayout::new(&l.shape, &l.layout, self.boundary(id, p)))
            }
            None => None,
        };
        let mut fields = Vec::new();
        for f in &t.fields {
            let (kind, non_blittable) = match &f.ty {
                FieldTy::Prim { name, .. } => (primitive(name), name == "Boolean" || (name == "Char" && t.ansi)),
                FieldTy::Ref => (FieldKind::Reference, false),
                FieldTy::ByRef => (FieldKind::ByRef, false),
                FieldTy::Vt(v) => {
                    let l = self.laid(*v)?;
                    (FieldKind::ValueType(Box::new(embed(&l.shape, &l.layout))), false)
                }
            };
            let explicit_offset = if t.layout == LayoutKind::Explicit { self.asms.field_offset(t, f.tok) } else { None };
            fields.push(FieldShape { kind, explicit_offset, non_blittable });
        }
        let (pack, class_size) = self.asms.class_layout(t);
        Ok(TypeShape {
            is_value_type: t.is_struct,
            layout: t.layout,
            pack,
            class_size,
            parent,
            fields,
            is_byref_like: t.byreflike,
            inline_array_length: (t.inline > 0).then_some(t.inline),
            special: t.special,
        })
    }

    /// The assemblies whose types decide `id`'s layout (crossgen2 `TypeLayoutCompilationUnits`).
    fn modules(&self, id: usize) -> BTreeSet<String> {
        let t = &self.probe.types[id];
        let mut set = BTreeSet::from([t.asm.clone()]);
        if let Some(p) = t.parent {
            set.extend(self.modules(p));
        }
        for f in &t.fields {
            match &f.ty {
                FieldTy::Vt(v) => set.extend(self.modules(*v)),
                FieldTy::Prim { enum_asm: Some(a), .. } => {
                    set.insert(a.clone());
                }
                _ => {}
            }
        }
        set
    }

    /// crossgen2 `NeedsAlignmentBetweenBaseTypeAndDerived`, applied by CoreCLR only to
    /// ReadyToRun modules.
    fn boundary(&self, child: usize, parent: usize) -> bool {
        self.scenario == Scenario::ReadyToRun
            && (self.probe.types[parent].asm != self.probe.types[child].asm || self.modules(parent).len() > 1)
    }
}

// ---------------------------------------------------------------------------------------
// Comparison with CoreCLR

/// One type as an r2rhost layout source computed it, in the probe's terms.
struct Computed {
    /// Unboxed size (value types) or instance data size (classes).
    size: u32,
    base_size: u32,
    /// Offsets of object references in the instance data.
    gc: Vec<u32>,
    /// Parallel to the probe's instance fields.
    fields: Vec<u32>,
    /// Parallel to the probe's statics: the offset in the statics block (`None`: RVA).
    statics: Vec<Option<u32>>,
}

/// Differences between CoreCLR's numbers for probed type `t` and r2rhost's.
fn differences(t: &TypeDesc, ours: &Computed) -> Vec<String> {
    let mut diffs = Vec::new();
    let mut check = |what: String, coreclr: String, ours: String| {
        if coreclr != ours {
            diffs.push(format!("{what}: CoreCLR {coreclr}, r2rhost {ours}"));
        }
    };
    if let Some(size) = t.size {
        check("size".into(), size.to_string(), ours.size.to_string());
    }
    check("BaseSize".into(), t.base_size.to_string(), ours.base_size.to_string());
    check("GC references".into(), format!("{:?}", t.gc), format!("{:?}", ours.gc));
    for (f, &o) in t.fields.iter().zip(&ours.fields) {
        check(format!("field {}", f.name), format!("{:?}", f.offset), format!("{:?}", Some(o)));
    }
    for (f, o) in t.statics.iter().zip(&ours.statics) {
        if let Some(o) = o {
            check(format!("static {}", f.name), f.fd.to_string(), o.to_string());
        }
    }
    diffs
}

/// The probe-driven model's numbers for type `id`.
fn model_computed(model: &Model<'_>, id: usize) -> Result<Computed, String> {
    let t = &model.probe.types[id];
    let laid = model.laid(id).map_err(|e| format!("r2rhost cannot lay it out: {e}"))?;
    let l = &laid.layout;
    let statics: Vec<StaticFieldShape> = t.statics.iter().map(|f| static_shape(model, f)).collect();
    let static_layout = compute_static_layout(&statics).map_err(|e| format!("statics: {e}"))?;
    Ok(Computed {
        size: l.size,
        base_size: l.base_size,
        gc: l.object_ref_slots(),
        fields: l.field_offsets.clone(),
        statics: static_layout.offsets.iter().map(|o| o.map(|o| o.offset)).collect(),
    })
}

fn static_shape(model: &Model<'_>, f: &FieldDesc) -> StaticFieldShape {
    let kind = match &f.ty {
        FieldTy::Prim { name, .. } => StaticFieldKind::Primitive { size: primitive(name).size() },
        FieldTy::Ref => StaticFieldKind::Reference,
        FieldTy::ByRef => StaticFieldKind::ByRefLike,
        FieldTy::Vt(v) if model.probe.types[*v].byreflike => StaticFieldKind::ByRefLike,
        FieldTy::Vt(_) => StaticFieldKind::ValueType,
    };
    StaticFieldShape { kind, thread_static: f.thread, literal: false, rva: f.rva }
}

#[derive(Default)]
struct Tally {
    types: usize,
    fields: usize,
    statics: usize,
}

/// Compares every described type for which `ours` has numbers (`Ok(None)`: not covered);
/// returns the mismatches by type name.
fn compare_with_coreclr(probe: &Probe, tally: &mut Tally, mut ours: impl FnMut(usize) -> Result<Option<Computed>, String>) -> BTreeMap<String, Vec<String>> {
    let mut mismatches = BTreeMap::new();
    for (id, t) in probe.types.iter().enumerate() {
        // The FieldDesc offsets are the runtime's own record of what was measured.
        for f in &t.fields {
            assert_eq!(f.offset, Some(f.fd), "{}.{}: measured offset and FieldDesc offset differ", t.name, f.name);
        }
        let diffs = match ours(id) {
            Ok(Some(c)) => differences(t, &c),
            Ok(None) => continue,
            Err(e) => vec![e],
        };
        tally.types += 1;
        tally.fields += t.fields.len();
        tally.statics += t.statics.iter().filter(|f| !f.rva).count();
        if !diffs.is_empty() {
            mismatches.insert(t.name.clone(), diffs);
        }
    }
    mismatches
}

fn assert_only_known_divergences(mismatches: &BTreeMap<String, Vec<String>>, scenario: Scenario) {
    let known: BTreeSet<&str> = KNOWN_DIVERGENCES.iter().filter(|k| k.1 == scenario).map(|k| k.0).collect();
    let unexpected: Vec<String> =
        mismatches.iter().filter(|(n, _)| !known.contains(n.as_str())).map(|(n, d)| format!("{n}:\n    {}", d.join("\n    "))).collect();
    assert!(unexpected.is_empty(), "{scenario:?}: r2rhost differs from CoreCLR on {} types:\n{}", unexpected.len(), unexpected.join("\n"));
    let vanished: Vec<&&str> = known.iter().filter(|k| !mismatches.contains_key(**k)).collect();
    assert!(vanished.is_empty(), "{scenario:?}: known divergences no longer diverge (update KNOWN_DIVERGENCES): {vanished:?}");
}

#[test]
fn instance_and_static_layout_matches_coreclr_il_only() {
    let b = built();
    let probe = Probe::parse(&b.il_output);
    let asms = Assemblies::new(&b.il_dir);
    let mut tally = Tally::default();
    let model = Model::new(&probe, &asms, Scenario::Il);
    let mismatches = compare_with_coreclr(&probe, &mut tally, |id| model_computed(&model, id).map(Some));
    assert_only_known_divergences(&mismatches, Scenario::Il);
    assert!(tally.types >= 200 && tally.fields >= 400 && tally.statics >= 25, "{} types, {} fields, {} statics", tally.types, tally.fields, tally.statics);
    eprintln!("IL: {} types, {} instance fields, {} statics checked against CoreCLR", tally.types, tally.fields, tally.statics);
}

#[test]
fn instance_and_static_layout_matches_coreclr_ready_to_run() {
    let b = built();
    let probe = Probe::parse(&b.r2r_output);
    let dir = b.r2r.image("LayoutProbe").unwrap().parent().unwrap().to_path_buf();
    let asms = Assemblies::new(&dir);
    let mut tally = Tally::default();
    let model = Model::new(&probe, &asms, Scenario::ReadyToRun);
    let mismatches = compare_with_coreclr(&probe, &mut tally, |id| model_computed(&model, id).map(Some));
    assert_only_known_divergences(&mismatches, Scenario::ReadyToRun);
    // The run must actually exercise bubble boundaries.
    let aligned = probe.types.iter().enumerate().filter(|(id, t)| t.parent.is_some_and(|p| model.boundary(*id, p))).count();
    assert!(aligned >= 8, "only {aligned} classes derive across a bubble boundary");
    eprintln!("R2R: {} types, {} instance fields checked against CoreCLR; {aligned} across a bubble boundary", tally.types, tally.fields);
}

#[test]
fn explicit_layout_errors_match_coreclr() {
    let probe = Probe::parse(&built().il_output);
    let asms = Assemblies::new(&built().il_dir);
    let model = Model::new(&probe, &asms, Scenario::Il);
    let r_obj_byte = {
        let id = probe.find("Shapes.R_ObjByte").unwrap();
        let l = model.laid(id).unwrap();
        FieldKind::ValueType(Box::new(embed(&l.shape, &l.layout)))
    };
    let explicit = |is_value_type, byref_like, fields: Vec<FieldShape>| TypeShape {
        is_value_type,
        is_byref_like: byref_like,
        ..TypeShape::value_type(LayoutKind::Explicit, fields)
    };
    // The `Bad` namespace, described by hand (CoreCLR cannot describe what it refuses).
    let cases: Vec<(&str, TypeShape)> = vec![
        ("Bad.MisalignedRef", explicit(true, false, vec![FieldShape::new(FieldKind::Reference).at(4)])),
        (
            "Bad.RefOverInt",
            explicit(true, false, vec![FieldShape::new(FieldKind::Reference).at(0), FieldShape::new(FieldKind::primitive(4)).at(4)]),
        ),
        (
            "Bad.RefOverLong",
            explicit(true, false, vec![FieldShape::new(FieldKind::Reference).at(0), FieldShape::new(FieldKind::primitive(8)).at(0)]),
        ),
        (
            "Bad.LongOverStructRef",
            explicit(true, false, vec![FieldShape::new(r_obj_byte.clone()).at(0), FieldShape::new(FieldKind::primitive(8)).at(0)]),
        ),
        (
            "Bad.ClassRefOverInt",
            explicit(false, false, vec![FieldShape::new(FieldKind::Reference).at(0), FieldShape::new(FieldKind::primitive(4)).at(0)]),
        ),
        (
            "Bad.RefOverRef",
            explicit(true, false, vec![FieldShape::new(FieldKind::Reference).at(0), FieldShape::new(FieldKind::Reference).at(0)]),
        ),
        (
            "Bad.LongOverStructPadding",
            explicit(true, false, vec![FieldShape::new(r_obj_byte).at(0), FieldShape::new(FieldKind::primitive(8)).at(8)]),
        ),
        ("Bad.ByRefOverRef", explicit(true, true, vec![FieldShape::new(FieldKind::ByRef).at(0), FieldShape::new(FieldKind::Reference).at(0)])),
    ];
    for (name, shape) in &cases {
        let ours = compute_instance_layout(shape);
        match probe.errors.get(*name) {
            Some(message) => {
                let Err(LayoutError::ExplicitLayout { offset }) = ours else { panic!("{name}: CoreCLR refuses ({message}), r2rhost gives {ours:?}") };
                let text = LayoutError::ExplicitLayout { offset }.to_string();
                assert!(message.ends_with(&format!("because {text}.")), "{name}: CoreCLR says {message:?}, r2rhost {text:?}");
            }
            None => {
                assert!(probe.accepted.contains(*name), "{name} was not probed");
                assert!(ours.is_ok(), "{name}: CoreCLR accepts it, r2rhost gives {ours:?}");
            }
        }
    }
    assert_eq!(probe.errors.len() + probe.accepted.len(), cases.len());
}

// ---------------------------------------------------------------------------------------
// Comparison with crossgen2's verification fixups

/// A type signature as `System.Type.ToString()` prints it (`__Canon` as `System.Object`,
/// whose layout the canonical form shares).
fn reflection_name(md: &Metadata<'_>, t: &TypeSig) -> Option<String> {
    let prim = |n: &str| Some(format!("System.{n}"));
    match t {
        TypeSig::Boolean => prim("Boolean"),
        TypeSig::Char => prim("Char"),
        TypeSig::I1 => prim("SByte"),
        TypeSig::U1 => prim("Byte"),
        TypeSig::I2 => prim("Int16"),
        TypeSig::U2 => prim("UInt16"),
        TypeSig::I4 => prim("Int32"),
        TypeSig::U4 => prim("UInt32"),
        TypeSig::I8 => prim("Int64"),
        TypeSig::U8 => prim("UInt64"),
        TypeSig::R4 => prim("Single"),
        TypeSig::R8 => prim("Double"),
        TypeSig::I => prim("IntPtr"),
        TypeSig::U => prim("UIntPtr"),
        TypeSig::String => prim("String"),
        TypeSig::Object | TypeSig::Canon => prim("Object"),
        TypeSig::Class(d) | TypeSig::ValueType(d) => def_name(md, d),
        TypeSig::GenericInst { def, args, .. } => {
            let args: Option<Vec<String>> = args.iter().map(|a| reflection_name(md, a)).collect();
            Some(format!("{}[{}]", def_name(md, def)?, args?.join(",")))
        }
        _ => None,
    }
}

/// The owner of a member reference, by reflection name.
fn parent_name(md: &Metadata<'_>, parent: &MemberRefParent) -> Option<String> {
    match parent {
        MemberRefParent::TypeDef(t) => md.type_def_name(*t).ok(),
        MemberRefParent::TypeRef(t) => md.type_name(TypeDefOrRef::TypeRef(*t)).ok(),
        MemberRefParent::TypeSpec(t) => {
            let blob = md.blob(md.type_spec(*t).ok()?.signature).ok()?;
            reflection_name(md, &SigReader::new(blob).type_sig().ok()?)
        }
        _ => None,
    }
}

fn def_name(md: &Metadata<'_>, d: &TypeDefOrRef) -> Option<String> {
    match d {
        TypeDefOrRef::TypeSpec(_) => None,
        _ => md.type_name(*d).ok(),
    }
}

#[test]
fn layout_matches_crossgen2_verification_fixups() {
    let b = built();
    let probe = Probe::parse(&b.r2r_output);
    let dir = b.verify.image("LayoutProbe").unwrap().parent().unwrap().to_path_buf();
    let asms = Assemblies::new(&dir);
    let model = Model::new(&probe, &asms, Scenario::ReadyToRun);
    let bytes = std::fs::read(b.verify.image("LayoutProbe").unwrap()).unwrap();
    let image = Image::parse(&bytes).unwrap();
    let md = image.metadata.as_ref().unwrap();
    let r2r = image.r2r.as_ref().unwrap();
    let imports = r2r.imports().unwrap();
    let mut seen = BTreeSet::new();
    let (mut layouts, mut offsets, mut statics, mut unresolved) = (0, 0, 0, Vec::new());
    let mut failures = Vec::new();
    for cell in imports.cells() {
        let Ok(fixup) = imports.fixup(cell) else { continue };
        if !matches!(fixup.kind, FixupKind::Verify_TypeLayout | FixupKind::Verify_FieldOffset) || !seen.insert(format!("{fixup:?}")) {
            continue;
        }
        if fixup.module_override.is_some() {
            // Tokens of another module (the framework's types, through the manifest).
            unresolved.push((None, format!("{fixup}")));
            continue;
        }
        match &fixup.payload {
            FixupPayload::TypeLayout { ty, layout } => {
                let name = reflection_name(md, ty);
                let Some(id) = name.as_deref().and_then(|n| probe.find(n)) else {
                    unresolved.push((name, format!("{fixup}")));
                    continue;
                };
                let name = &probe.types[id].name;
                let ours = match model.laid(id) {
                    Ok(l) => l.layout,
                    Err(e) => {
                        failures.push(format!("{name}: {e}"));
                        continue;
                    }
                };
                if let Err(m) = check_type_layout(layout, &ours) {
                    failures.push(format!("{name}: {m}"));
                }
                layouts += 1;
            }
            FixupPayload::VerifyFieldOffset { base_offset, offset, field } => {
                let (owner, field_name) = match field.token {
                    FieldToken::FieldDef(rid) => {
                        let declaring = md.field_declaring_type(rid).ok().flatten().and_then(|t| md.type_def_name(t).ok());
                        (field.owner_type.as_ref().map_or(declaring, |t| reflection_name(md, t)), md.string(md.field(rid).unwrap().name).ok())
                    }
                    FieldToken::MemberRef(rid) => {
                        let row = md.member_ref(rid).unwrap();
                        let parent = parent_name(md, &row.class);
                        (field.owner_type.as_ref().map_or(parent, |t| reflection_name(md, t)), md.string(row.name).ok())
                    }
                };
                let (Some(owner), Some(field_name)) = (owner, field_name) else {
                    unresolved.push((None, format!("{fixup}")));
                    continue;
                };
                let Some(id) = probe.find(&owner) else {
                    unresolved.push((Some(owner), format!("{fixup}")));
                    continue;
                };
                match field_offset_difference(&model, id, field_name, *base_offset, *offset) {
                    Ok(true) => statics += 1,
                    Ok(false) => offsets += 1,
                    Err(e) => failures.push(format!("{owner}.{field_name}: {e}")),
                }
            }
            _ => {}
        }
    }
    assert!(failures.is_empty(), "r2rhost differs from crossgen2 on {} fixups:\n{}", failures.len(), failures.join("\n"));
    let ours_unresolved: Vec<_> = unresolved.iter().filter(|u| u.0.as_deref().is_some_and(|n| n.starts_with("Shapes.") || n.starts_with("LayoutLib."))).collect();
    assert!(ours_unresolved.is_empty(), "fixups for the samples' types not mapped to probed types: {ours_unresolved:#?}");
    let other_modules = unresolved.iter().filter(|u| u.0.is_none()).count();
    let framework = unresolved.len() - other_modules;
    assert!(layouts >= 100 && offsets >= 300 && statics >= 20, "{layouts} type layouts, {offsets} field offsets, {statics} statics checked");
    eprintln!(
        "crossgen2: {layouts} Verify_TypeLayout and {} Verify_FieldOffset fixups ({statics} of statics) match; skipped {framework} for types not probed (the probe's own, framework internals), {other_modules} with tokens of other modules",
        offsets + statics
    );
}

/// Checks one `Verify_FieldOffset` with `r2rhost::layout::check`. Returns whether the field
/// is static.
fn field_offset_difference(model: &Model<'_>, id: usize, field: &str, base: u32, offset: u32) -> Result<bool, String> {
    let t = &model.probe.types[id];
    if let Some(i) = t.statics.iter().position(|f| f.name == field) {
        let shapes: Vec<StaticFieldShape> = t.statics.iter().map(|f| static_shape(model, f)).collect();
        let layout = compute_static_layout(&shapes).map_err(|e| e.to_string())?;
        let ours = layout.offsets[i].ok_or("no static offset")?;
        return check_static_field(ours.offset, base, offset).map(|()| true).map_err(|m| m.to_string());
    }
    let i = t.fields.iter().position(|f| f.name == field).ok_or("unknown field")?;
    let l = model.laid(id)?.layout;
    check_instance_field(t.is_struct, &l, i, base, offset).map(|()| false).map_err(|m| m.to_string())
}

// ---------------------------------------------------------------------------------------
// The host's type loader against crossgen2

/// The runtime's own type loader (`r2rhost::loader`, which builds every shape from metadata
/// and lays it out with `r2rhost::layout`), not the probe-driven model above: loads the
/// `--verify-type-and-field-layout` build and checks every layout fixup of both images with
/// the code the R2R path uses (`r2rhost::r2r::layout_fixups`).
#[test]
fn loader_layouts_match_crossgen2_verification_fixups() {
    let b = built();
    let dir = b.verify.image("LayoutProbe").unwrap().parent().unwrap().to_path_buf();
    let mut loader = loader_over(dir);
    let (mut holds, mut other_modules, mut failures) = (BTreeMap::<&str, usize>::new(), 0, Vec::new());
    let mut shim_gaps = BTreeSet::new();
    for name in ["LayoutProbe", "LayoutLib"] {
        let asm = loader.bind_name(name, name).expect("bind");
        let fixups: Vec<Fixup> = {
            let image = &loader.assemblies[asm.0 as usize].image;
            let imports = image.r2r.as_ref().expect("an R2R image").imports().expect("imports");
            let mut seen = BTreeSet::new();
            imports.cells().filter_map(|c| imports.fixup(c).ok()).filter(|f| seen.insert(format!("{f:?}"))).collect()
        };
        for f in &fixups {
            let kind = match f.kind {
                FixupKind::Verify_TypeLayout | FixupKind::Check_TypeLayout => "type layouts",
                FixupKind::Verify_FieldOffset | FixupKind::Check_FieldOffset => "field offsets",
                _ => continue,
            };
            if f.module_override.is_some() {
                other_modules += 1;
                continue;
            }
            match check_layout_fixup(&mut loader, asm, f) {
                Ok(Verdict::Holds) => *holds.entry(kind).or_default() += 1,
                Ok(v) => failures.push(format!("{name}: {f}: {v:?}")),
                Err(e) => match shim_gap(&mut loader, &e) {
                    Some(missing) => {
                        shim_gaps.insert(missing);
                    }
                    None => failures.push(format!("{name}: {f}: {}: {}", e.exception, e.message)),
                },
            }
        }
    }
    assert!(failures.is_empty(), "the loader differs from crossgen2 on {} fixups:\n{}", failures.len(), failures.join("\n"));
    let (layouts, offsets) = (holds.get("type layouts").copied().unwrap_or(0), holds.get("field offsets").copied().unwrap_or(0));
    assert!(layouts >= 100 && offsets >= 320, "{layouts} type layouts and {offsets} field offsets checked");
    eprintln!(
        "loader: {layouts} type layouts and {offsets} field offsets match crossgen2; {other_modules} fixups with tokens of other modules skipped; types the corelib shim lacks: {shim_gaps:?}"
    );
}

/// The framework type named by a `TypeLoadException`, if the corelib shim indeed lacks it
/// (programs using it fail the same way; the fixup cannot be checked).
fn shim_gap(loader: &mut Loader, e: &r2rhost::loader::Failure) -> Option<String> {
    let rest = e.message.strip_prefix("Could not load type '")?;
    let (full, rest) = rest.split_once("' from assembly '")?;
    let assembly = rest.split([',', '\'']).next()?;
    if e.exception != "System.TypeLoadException" || !r2rhost::loader::binder::is_framework(assembly) {
        return None;
    }
    let (ns, name) = full.rsplit_once('.')?;
    let corelib = loader.corelib;
    matches!(loader.find_type_def(corelib, ns, name), Ok(None)).then(|| full.to_string())
}

/// A loader over `dir` (IL or ReadyToRun assemblies) with the corelib shim.
fn loader_over(dir: PathBuf) -> Loader {
    let (corelib_path, corelib) = r2rhost::runtime::corelib_image().expect("corelib shim");
    Loader::new(corelib_path, corelib, dir, Box::new(DataOnlyStubs::default())).expect("loader")
}

/// Splits a reflection name `Ns.Name`n[A,B[C]]` into the definition and its arguments.
fn split_generic(name: &str) -> (&str, Vec<&str>) {
    let Some(open) = name.find('[').filter(|_| name.ends_with(']')) else { return (name, Vec::new()) };
    let inner = &name[open + 1..name.len() - 1];
    let (mut args, mut depth, mut from) = (Vec::new(), 0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            ',' if depth == 0 => {
                args.push(&inner[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    args.push(&inner[from..]);
    (&name[..open], args)
}

/// The loader's type for a reflection name, looked up in `asms` in order. `Ok(None)` when
/// no assembly defines it.
fn type_by_name(loader: &mut Loader, asms: &[AsmId], name: &str) -> Result<Option<TypeId>, r2rhost::loader::Failure> {
    let (def, args) = split_generic(name);
    let mut inst = Vec::new();
    for a in args {
        match type_by_name(loader, asms, a)? {
            Some(t) => inst.push(t),
            None => return Ok(None),
        }
    }
    let outer = def.split('+').next().unwrap_or(def);
    let (ns, simple) = match outer.rfind('.') {
        Some(dot) => (&def[..dot], &def[dot + 1..]),
        None => ("", def),
    };
    for &asm in asms {
        if let Some((asm, rid)) = loader.find_type_def(asm, ns, simple)? {
            return loader.type_of(TypeKey::Def { asm, rid, inst }).map(Some);
        }
    }
    Ok(None)
}

/// What the runtime's loader computed for probed type `id`; `Ok(None)` for framework types
/// the corelib shim does not define.
fn loader_computed(loader: &mut Loader, asms: &[AsmId], probe: &Probe, id: usize, gaps: &mut BTreeSet<String>) -> Result<Option<Computed>, String> {
    let t = &probe.types[id];
    let fail = |e: r2rhost::loader::Failure| format!("the loader cannot load it: {}: {}", e.exception, e.message);
    let Some(ty) = type_by_name(loader, asms, &t.name).map_err(fail)? else {
        gaps.insert(t.name.clone());
        return Ok(None);
    };
    if let Err(e) = loader.ensure_laid_out(ty) {
        if let Some(missing) = shim_gap(loader, &e) {
            gaps.insert(missing);
            return Ok(None);
        }
        return Err(fail(e));
    }
    let d = loader.ty(ty);
    let laid = d.laid.as_ref().ok_or("no layout")?;
    let field = |name: &str| d.fields.iter().position(|f| f.name == name).ok_or_else(|| format!("no field {name}"));
    let mut fields = Vec::new();
    for f in &t.fields {
        match d.fields[field(&f.name)?].storage {
            FieldStorage::Instance(off) => fields.push(off),
            other => return Err(format!("field {} stored as {other:?}", f.name)),
        }
    }
    // The shim's private statics are its own business; the samples' must match.
    let mut statics = Vec::new();
    if !t.asm.starts_with("System.") {
        for f in &t.statics {
            statics.push(loader.static_block_offset(ty, field(&f.name)?));
        }
    }
    let mut gc = Vec::new();
    loader.gc_desc(ty).for_each_ref(0, 0, |off| gc.push(off as u32 - 8));
    Ok(Some(Computed { size: laid.layout.size, base_size: d.base_size, gc, fields, statics }))
}

/// The runtime's loader (metadata → shape → layout → statics → GC descriptor) against
/// CoreCLR, for every probed type: the samples' own and the framework's (through the corelib
/// shim, whose public value types must be laid out as CoreLib's are).
fn loader_against_coreclr(dir: PathBuf, output: &str, scenario: Scenario) {
    let probe = Probe::parse(output);
    let mut loader = loader_over(dir);
    let corelib = loader.corelib;
    let asms: Vec<AsmId> = ["LayoutProbe", "LayoutLib"].iter().map(|n| loader.bind_name(n, n).expect("bind")).chain([corelib]).collect();
    let (mut tally, mut gaps) = (Tally::default(), BTreeSet::new());
    let mismatches = compare_with_coreclr(&probe, &mut tally, |id| loader_computed(&mut loader, &asms, &probe, id, &mut gaps));
    assert_only_known_divergences(&mismatches, scenario);
    // Only the framework may be missing (and the samples' instantiations over it).
    let ours_missing: Vec<&String> = gaps.iter().filter(|g| !g.starts_with("System.") && !split_generic(g).1.iter().any(|a| gaps.contains(*a))).collect();
    assert!(ours_missing.is_empty(), "the loader cannot find the samples' types {ours_missing:?}");
    assert!(tally.types >= 180 && tally.fields >= 380, "{} types, {} fields", tally.types, tally.fields);
    eprintln!("loader, {scenario:?}: {} types, {} instance fields, {} statics match CoreCLR; not in the shim: {gaps:?}", tally.types, tally.fields, tally.statics);
}

#[test]
fn loader_layouts_match_coreclr_il_only() {
    let b = built();
    loader_against_coreclr(b.il_dir.clone(), &b.il_output, Scenario::Il);
}

#[test]
fn loader_layouts_match_coreclr_ready_to_run() {
    let b = built();
    loader_against_coreclr(b.r2r.image("LayoutProbe").unwrap().parent().unwrap().to_path_buf(), &b.r2r_output, Scenario::ReadyToRun);
}
