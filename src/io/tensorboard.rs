//! A TensorBoard event-file writer (scalars and PNG images), so `tensorboard --logdir RUN`
//! opens our runs. The format is TFRecord framing around hand-encoded `Event` protobufs:
//! `u64 len | u32 masked_crc32c(len) | bytes | u32 masked_crc32c(bytes)`.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Appends TensorBoard events (scalars, images) to one event file.
pub struct EventWriter {
    /// None: a writer that discards (the ranks other than 0 of a data-parallel run).
    file: Option<std::fs::File>,
    path: PathBuf,
}

/// CRC-32C (Castagnoli), reflected polynomial 0x82F63B78.
pub fn crc32c(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0x82F6_3B78
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn masked_crc(data: &[u8]) -> u32 {
    let c = crc32c(data);
    (c.rotate_right(15)).wrapping_add(0xa282_ead8)
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn key(out: &mut Vec<u8>, field: u32, wire: u32) {
    varint(out, ((field << 3) | wire) as u64);
}

fn bytes_field(out: &mut Vec<u8>, field: u32, data: &[u8]) {
    key(out, field, 2);
    varint(out, data.len() as u64);
    out.extend_from_slice(data);
}

fn event(step: i64, body: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    let mut e = Vec::new();
    let wall = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    key(&mut e, 1, 1);
    e.extend_from_slice(&wall.to_le_bytes());
    key(&mut e, 2, 0);
    varint(&mut e, step as u64);
    body(&mut e);
    e
}

impl EventWriter {
    /// Create `events.out.tfevents.<time>.<host>.wgtrain` in `dir`.
    pub fn create(dir: &Path) -> Result<EventWriter> {
        let what = format!("creating TensorBoard log in {}", dir.display());
        crate::io::create_dir_all(dir)?;
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let host = std::fs::read_to_string("/etc/hostname")
            .map(|h| h.trim().to_string())
            .unwrap_or_else(|_| "localhost".into());
        let path = dir.join(format!("events.out.tfevents.{secs}.{host}.wgtrain"));
        let file = std::fs::File::create(&path).map_err(|e| Error::Io { what, source: e })?;
        let mut w = EventWriter {
            file: Some(file),
            path,
        };
        let e = event(0, |e| bytes_field(e, 3, b"brain.Event:2"));
        w.record(&e)?;
        Ok(w)
    }

    /// A writer that writes nothing (where another process keeps the log).
    pub fn discard() -> EventWriter {
        EventWriter {
            file: None,
            path: PathBuf::new(),
        }
    }

    /// The event file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn record(&mut self, data: &[u8]) -> Result<()> {
        let len = (data.len() as u64).to_le_bytes();
        let mut rec = Vec::with_capacity(data.len() + 16);
        rec.extend_from_slice(&len);
        rec.extend_from_slice(&masked_crc(&len).to_le_bytes());
        rec.extend_from_slice(data);
        rec.extend_from_slice(&masked_crc(data).to_le_bytes());
        let Some(file) = self.file.as_mut() else {
            return Ok(());
        };
        file.write_all(&rec)
            .and_then(|_| file.flush())
            .map_err(|e| Error::Io {
                what: format!("writing {}", self.path.display()),
                source: e,
            })
    }

    /// Log `value` under `tag` at `step`.
    pub fn add_scalar(&mut self, tag: &str, value: f32, step: i64) -> Result<()> {
        let mut v = Vec::new();
        bytes_field(&mut v, 1, tag.as_bytes());
        key(&mut v, 2, 5);
        v.extend_from_slice(&value.to_le_bytes());
        let mut summary = Vec::new();
        bytes_field(&mut summary, 1, &v);
        let e = event(step, |e| bytes_field(e, 5, &summary));
        self.record(&e)
    }

    /// An image given as PNG bytes of `width` x `height` RGB.
    pub fn add_image_png(
        &mut self,
        tag: &str,
        png: &[u8],
        width: u32,
        height: u32,
        step: i64,
    ) -> Result<()> {
        let mut img = Vec::new();
        key(&mut img, 1, 0);
        varint(&mut img, height as u64);
        key(&mut img, 2, 0);
        varint(&mut img, width as u64);
        key(&mut img, 3, 0);
        varint(&mut img, 3);
        bytes_field(&mut img, 4, png);
        let mut v = Vec::new();
        bytes_field(&mut v, 1, tag.as_bytes());
        bytes_field(&mut v, 4, &img);
        let mut summary = Vec::new();
        bytes_field(&mut summary, 1, &v);
        let e = event(step, |e| bytes_field(e, 5, &summary));
        self.record(&e)
    }
}

/// Read the scalars back from an event file: (tag, step, value). Checks every CRC.
pub fn read_scalars(path: &Path) -> Result<Vec<(String, i64, f32)>> {
    let what = format!("reading {}", path.display());
    let data = std::fs::read(path).map_err(|e| Error::Io {
        what: what.clone(),
        source: e,
    })?;
    let bad = |m: &str| Error::invalid(&what, m.to_string());
    let mut out = vec![];
    let mut at = 0;
    while at < data.len() {
        if at + 12 > data.len() {
            return Err(bad("truncated record header"));
        }
        let len_bytes = &data[at..at + 8];
        let len = u64::from_le_bytes(len_bytes.try_into().unwrap()) as usize;
        if masked_crc(len_bytes) != u32::from_le_bytes(data[at + 8..at + 12].try_into().unwrap()) {
            return Err(bad("length CRC mismatch"));
        }
        let body = data
            .get(at + 12..at + 12 + len)
            .ok_or_else(|| bad("truncated record"))?;
        let crc = data
            .get(at + 12 + len..at + 16 + len)
            .ok_or_else(|| bad("truncated CRC"))?;
        if masked_crc(body) != u32::from_le_bytes(crc.try_into().unwrap()) {
            return Err(bad("data CRC mismatch"));
        }
        parse_event(body, &mut out);
        at += 16 + len;
    }
    Ok(out)
}

fn read_varint(b: &[u8], at: &mut usize) -> u64 {
    let mut v = 0u64;
    let mut shift = 0;
    while *at < b.len() {
        let byte = b[*at];
        *at += 1;
        v |= ((byte & 0x7f) as u64) << shift;
        if byte < 0x80 {
            break;
        }
        shift += 7;
    }
    v
}

/// Fields of a protobuf message: (field, wire type, payload range or value).
fn fields(b: &[u8]) -> Vec<(u32, u32, &[u8], u64)> {
    let mut out = vec![];
    let mut at = 0;
    while at < b.len() {
        let k = read_varint(b, &mut at);
        let (field, wire) = ((k >> 3) as u32, (k & 7) as u32);
        match wire {
            0 => {
                let v = read_varint(b, &mut at);
                out.push((field, wire, &b[0..0], v));
            }
            1 => {
                out.push((field, wire, &b[at..at + 8], 0));
                at += 8;
            }
            2 => {
                let n = read_varint(b, &mut at) as usize;
                out.push((field, wire, &b[at..at + n], 0));
                at += n;
            }
            5 => {
                out.push((field, wire, &b[at..at + 4], 0));
                at += 4;
            }
            _ => break,
        }
    }
    out
}

fn parse_event(body: &[u8], out: &mut Vec<(String, i64, f32)>) {
    let fs = fields(body);
    let step = fs
        .iter()
        .find(|f| f.0 == 2)
        .map(|f| f.3 as i64)
        .unwrap_or(0);
    for (_, _, summary, _) in fs.iter().filter(|f| f.0 == 5) {
        for (_, _, value, _) in fields(summary).iter().filter(|f| f.0 == 1) {
            let vf = fields(value);
            let tag = vf
                .iter()
                .find(|f| f.0 == 1)
                .map(|f| String::from_utf8_lossy(f.2).to_string());
            let simple = vf
                .iter()
                .find(|f| f.0 == 2 && f.1 == 5)
                .map(|f| f32::from_le_bytes(f.2.try_into().unwrap()));
            if let (Some(tag), Some(v)) = (tag, simple) {
                out.push((tag, step, v));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32c_matches_the_standard_check_value() {
        assert_eq!(crc32c(b"123456789"), 0xE306_9283);
    }

    #[test]
    fn scalars_round_trip_with_valid_crcs() {
        let dir = std::env::temp_dir().join(format!("wgtrain-tb-{}", std::process::id()));
        let mut w = EventWriter::create(&dir).unwrap();
        w.add_scalar("train/lr", 5e-4, 3).unwrap();
        w.add_image_png("train/x", &[137, 80, 78, 71], 1, 1, 3)
            .unwrap();
        w.add_scalar("train/epoch_loss", 123.5, 4).unwrap();
        let back = read_scalars(w.path()).unwrap();
        assert_eq!(
            back,
            vec![
                ("train/lr".to_string(), 3, 5e-4),
                ("train/epoch_loss".to_string(), 4, 123.5)
            ]
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
