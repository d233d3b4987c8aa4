//! x64 disassembly of native code (R2R or JIT), with every memory operand or branch target
//! that a caller can name (an import cell, a thunk, another method) annotated.

use iced_x86::{Decoder, DecoderOptions, Formatter, Instruction, IntelFormatter};
use serde::Serialize;

/// One disassembled instruction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DisasmLine {
    /// Address of the instruction, as an RVA (image code) or absolute address (JIT code).
    pub address: u64,
    /// The instruction bytes in hex.
    pub bytes: String,
    /// Intel-syntax text.
    pub text: String,
    /// What the instruction's RIP-relative operand or branch target refers to, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Disassembles `code`, which starts at `address`. `name_target` is asked about every
/// RIP-relative memory operand and every near branch/call target; whatever it names becomes
/// the line's note. Undecodable bytes become `(bad)` lines; decoding always terminates.
pub fn disassemble(code: &[u8], address: u64, name_target: &dyn Fn(u64) -> Option<String>) -> Vec<DisasmLine> {
    let mut decoder = Decoder::with_ip(64, code, address, DecoderOptions::NONE);
    let mut formatter = IntelFormatter::new();
    formatter.options_mut().set_hex_prefix("0x");
    formatter.options_mut().set_hex_suffix("");
    formatter.options_mut().set_first_operand_char_index(8);
    formatter.options_mut().set_space_after_operand_separator(true);
    let mut out = Vec::new();
    let mut instr = Instruction::default();
    while decoder.can_decode() {
        let offset = decoder.position();
        decoder.decode_out(&mut instr);
        let len = instr.len().max(1);
        let raw = code.get(offset..offset + len).unwrap_or(&[]);
        let bytes = raw.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join("");
        let (text, note) = if instr.is_invalid() {
            ("(bad)".to_string(), None)
        } else {
            let mut text = String::new();
            formatter.format(&instr, &mut text);
            let target = if instr.is_ip_rel_memory_operand() {
                Some(instr.ip_rel_memory_address())
            } else if is_near_branch(&instr) {
                Some(instr.near_branch_target())
            } else {
                None
            };
            (text, target.and_then(name_target))
        };
        out.push(DisasmLine { address: instr.ip(), bytes, text, note });
    }
    out
}

fn is_near_branch(instr: &Instruction) -> bool {
    use iced_x86::OpKind;
    (0..instr.op_count()).any(|i| {
        matches!(instr.op_kind(i), OpKind::NearBranch16 | OpKind::NearBranch32 | OpKind::NearBranch64)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotates_rip_relative_cells_and_survives_garbage() {
        // call qword ptr [rip+0x10] ; ret ; then an invalid opcode byte
        let code = [0xff, 0x15, 0x10, 0x00, 0x00, 0x00, 0xc3, 0x0f, 0x0b, 0x06];
        let lines = disassemble(&code, 0x1000, &|t| (t == 0x1016).then(|| "cell".to_string()));
        assert_eq!(lines[0].address, 0x1000);
        assert!(lines[0].text.starts_with("call"), "{}", lines[0].text);
        assert_eq!(lines[0].note.as_deref(), Some("cell"));
        assert_eq!(lines[1].text, "ret");
        assert_eq!(lines.last().unwrap().text, "(bad)");
    }
}
