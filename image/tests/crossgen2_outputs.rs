//! The readers against crossgen2's own account of what it wrote (`--map`), for every image
//! of the project's R2R suite (built by the driver).

use std::path::Path;

use r2rhost_driver::samples;
use r2rhost_image::Image;

/// `IMAGE_REL_BASED_DIR64` count from the "Reloc Type Statistics" table of a `.map` file.
fn dir64_count_from_map(map: &Path) -> usize {
    let text = std::fs::read_to_string(map).unwrap();
    let line = text.lines().find(|l| l.trim_end().ends_with("| IMAGE_REL_BASED_DIR64")).unwrap_or("0 |");
    line.split('|').next().unwrap().trim().parse().unwrap()
}

#[test]
fn base_relocations_match_the_map() {
    let mut checked = 0;
    for v in samples::r2r_suite().unwrap() {
        for map in &v.output.maps {
            let image_path = map.with_extension("dll");
            let bytes = std::fs::read(&image_path).unwrap();
            let image = Image::parse(&bytes).unwrap();
            let relocs: Vec<_> = image.pe.base_relocations().collect::<Result<_, _>>().unwrap();
            assert!(relocs.iter().all(|r| r.kind == 10), "{}: only DIR64 expected", image_path.display());
            for r in &relocs {
                // Every patched pointer lies inside a section (with room for 8 bytes).
                let s = image.pe.section_of(r.rva).unwrap_or_else(|| panic!("{}: reloc {:?} outside sections", image_path.display(), r.rva));
                assert!(r.rva.0 + 8 <= s.virtual_address.0 + s.mapped_size());
            }
            assert_eq!(relocs.len(), dir64_count_from_map(map), "{} ({})", v.name, image_path.display());
            checked += 1;
        }
    }
    assert!(checked >= 11, "{checked}");
}
