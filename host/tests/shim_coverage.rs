//! The shim-coverage tool against the real net10.0 reference assemblies.

use r2rhost::shim_coverage::coverage;
use r2rhost_image::Image;
use r2rhost_image::file::MappedFile;

#[test]
fn shim_coverage_of_the_reference_assemblies() {
    let (_, shim) = r2rhost::runtime::corelib_image().expect("the corelib shim is built into the binary");
    let shim_md = shim.metadata.as_ref().unwrap();
    // The shim covers itself completely: the comparison is sound.
    let own = coverage(shim_md, shim_md, 10).unwrap();
    assert_eq!(own.members, own.members_present, "{:?}", own.missing);
    assert!(own.members > 3000);

    let refs = r2rhost_driver::reference_assemblies().unwrap();
    let runtime = refs.iter().find(|p| p.ends_with("System.Runtime.dll")).unwrap();
    let file = MappedFile::open(runtime).unwrap();
    let image = Image::parse(file.bytes()).unwrap();
    let c = coverage(image.metadata.as_ref().unwrap(), shim_md, usize::MAX).unwrap();
    assert_eq!(c.assembly, "System.Runtime");
    assert!(c.types > 500 && c.types_present > 100 && c.members_present > 1000, "{c:?}");
    assert!(c.percent() > 0.0 && c.percent() < 100.0);
    // Members the shim certainly implements are not reported missing …
    for present in ["System.String::static Concat`0(string,string):string", "System.Object::ToString`0():string", "System.Collections.Generic.KeyValuePair`2::get_Key`0():!0"] {
        assert!(!c.missing.iter().any(|m| m == present), "{present} reported missing");
    }
    // … and types it certainly lacks are.
    assert!(c.missing.iter().any(|m| m == "System.Action`9 (type)"));
}
