//! One opened image: the PE headers, the CLI header, the metadata and the ReadyToRun header,
//! each parsed once (headers only — everything below them stays lazy).

use crate::cli::CliHeader;
use crate::error::Result;
use crate::metadata::Metadata;
use crate::pe::PeFile;
use crate::r2r::ReadyToRun;

/// A parsed image over borrowed bytes.
#[derive(Debug)]
pub struct Image<'a> {
    /// The PE container.
    pub pe: PeFile<'a>,
    /// The CLI header; `None` for a native PE file.
    pub cli: Option<CliHeader>,
    /// The ECMA-335 metadata; `None` for a native PE file. For a composite image this is the
    /// manifest metadata its CLI header points at.
    pub metadata: Option<Metadata<'a>>,
    /// The ReadyToRun header; `None` for an IL-only assembly.
    pub r2r: Option<ReadyToRun<'a>>,
}

impl<'a> Image<'a> {
    /// Parses the headers of `bytes`. Fails when the PE, CLI, metadata or ReadyToRun headers
    /// are malformed; every table below them is read on demand and fails on its own.
    pub fn parse(bytes: &'a [u8]) -> Result<Image<'a>> {
        let pe = PeFile::parse(bytes)?;
        let cli = CliHeader::read(&pe)?;
        let metadata = match &cli {
            Some(c) if !c.metadata.is_empty() => Some(Metadata::from_pe(&pe, c)?),
            _ => None,
        };
        let r2r = match &cli {
            Some(c) => ReadyToRun::from_pe(&pe, c)?,
            None => ReadyToRun::open(&pe)?,
        };
        Ok(Image { pe, cli, metadata, r2r })
    }

    /// True when the image carries ReadyToRun native code or is a component stub of a
    /// composite image.
    pub fn is_ready_to_run(&self) -> bool {
        self.r2r.is_some()
    }
}
