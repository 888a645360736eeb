//! Image files in and out: folders of sprites as CHW float tensors in [0, 1] (RGBA composited
//! on white, resized when needed), and grids of images as PNG (torchvision's make_grid layout).

use crate::error::{Error, Result};
use std::path::{Path, PathBuf};

/// Image files (png, jpg, jpeg) in `dir`, sorted by name so splits and indices are the same on
/// every machine.
pub fn list_images(dir: &Path) -> Result<Vec<PathBuf>> {
    let what = format!("listing images in {}", dir.display());
    let entries = std::fs::read_dir(dir).map_err(|e| Error::Io {
        what: what.clone(),
        source: e,
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                    matches!(e.to_ascii_lowercase().as_str(), "png" | "jpg" | "jpeg")
                })
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(Error::data(
            &what,
            "no .png/.jpg/.jpeg files there; point --data at a folder of images",
        ));
    }
    Ok(files)
}

/// Decode `path` to `3 x size x size` floats in [0, 1]: transparent pixels become white
/// (rgb·α + 1 − α, as the seed does), other sizes are resized (antialiased triangle filter).
pub fn load_rgb(path: &Path, size: u32) -> Result<Vec<f32>> {
    let img = image::open(path).map_err(|e| {
        Error::data(
            format!("reading {}", path.display()),
            format!("not a readable image ({e})"),
        )
    })?;
    let mut rgba = img.to_rgba8();
    if rgba.width() != size || rgba.height() != size {
        rgba = image::imageops::resize(&rgba, size, size, image::imageops::FilterType::Triangle);
    }
    let n = (size * size) as usize;
    let mut out = vec![0.0f32; 3 * n];
    for (i, px) in rgba.pixels().enumerate() {
        let a = px[3] as f32 / 255.0;
        for c in 0..3 {
            out[c * n + i] = px[c] as f32 / 255.0 * a + (1.0 - a);
        }
    }
    Ok(out)
}

/// A grid of CHW images (values in [0, 1]) as RGB bytes: `nrow` images per row, 2-pixel
/// black padding around and between them (torchvision make_grid defaults), rounding
/// x·255 + 0.5 as save_image does.
pub fn grid(
    images: &[Vec<f32>],
    channels: usize,
    height: usize,
    width: usize,
    nrow: usize,
) -> image::RgbImage {
    let pad = 2;
    let ncol = nrow.clamp(1, images.len().max(1));
    let rows = images.len().div_ceil(ncol).max(1);
    let (gw, gh) = (ncol * (width + pad) + pad, rows * (height + pad) + pad);
    let mut out = image::RgbImage::new(gw as u32, gh as u32);
    for (k, img) in images.iter().enumerate() {
        let (x0, y0) = (
            pad + (k % ncol) * (width + pad),
            pad + (k / ncol) * (height + pad),
        );
        for y in 0..height {
            for x in 0..width {
                let mut px = [0u8; 3];
                for (c, slot) in px.iter_mut().enumerate() {
                    let v = img[(c.min(channels - 1) * height + y) * width + x];
                    *slot = (v.clamp(0.0, 1.0) * 255.0 + 0.5) as u8;
                }
                out.put_pixel((x0 + x) as u32, (y0 + y) as u32, image::Rgb(px));
            }
        }
    }
    out
}

/// Save an RGB image as PNG, creating the folder.
pub fn save_png(path: &Path, img: &image::RgbImage) -> Result<()> {
    let what = format!("writing {}", path.display());
    // said plainly: the image crate answers both with "The image format could not be
    // determined"
    if path.is_dir() {
        return Err(Error::data(
            what,
            format!(
                "this is a folder; give a file name, e.g. {}",
                path.join("out.png").display()
            ),
        ));
    }
    let png = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    if !png {
        return Err(Error::data(
            what,
            format!(
                "the image is written as PNG: name the file *.png, e.g. {}",
                path.with_extension("png").display()
            ),
        ));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        crate::io::create_dir_all(dir)?;
    }
    img.save(path).map_err(|e| Error::invalid(what, e))
}

/// PNG bytes of an RGB image (for TensorBoard).
pub fn png_bytes(img: &image::RgbImage) -> Result<Vec<u8>> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Png)
        .map_err(|e| Error::invalid("encoding PNG", e))?;
    Ok(out.into_inner())
}

/// Crop an RGBA sprite to its visible pixels, shrink it if its longer side exceeds `size`
/// (Lanczos), centre it on a `size`×`size` canvas and composite on white. Fully transparent
/// images come back white.
pub fn fit_sprite(img: &image::RgbaImage, size: u32) -> image::RgbImage {
    let (w, h) = img.dimensions();
    let (mut x0, mut y0, mut x1, mut y1) = (w, h, 0, 0);
    for (x, y, p) in img.enumerate_pixels() {
        if p[3] > 0 {
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x + 1);
            y1 = y1.max(y + 1);
        }
    }
    let mut canvas = image::RgbaImage::new(size, size);
    if x1 > x0 && y1 > y0 {
        let mut part = image::imageops::crop_imm(img, x0, y0, x1 - x0, y1 - y0).to_image();
        let long = part.width().max(part.height());
        if long > size {
            let (nw, nh) = (
                (part.width() * size / long).max(1),
                (part.height() * size / long).max(1),
            );
            part = image::imageops::resize(&part, nw, nh, image::imageops::FilterType::Lanczos3);
        }
        let (ox, oy) = ((size - part.width()) / 2, (size - part.height()) / 2);
        image::imageops::overlay(&mut canvas, &part, ox as i64, oy as i64);
    }
    image::RgbImage::from_fn(size, size, |x, y| {
        let p = canvas.get_pixel(x, y);
        let a = p[3] as f32 / 255.0;
        let c = |v: u8| (v as f32 * a + 255.0 * (1.0 - a)).round() as u8;
        image::Rgb([c(p[0]), c(p[1]), c(p[2])])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder or a name that is not *.png is refused saying what to give (the image crate
    /// said "The image format could not be determined" for both); a .png path is written.
    #[test]
    fn png_paths_are_checked_before_writing() {
        let dir = std::env::temp_dir().join(format!("wgtrain-png-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let img = image::RgbImage::new(2, 2);
        let e = save_png(&dir, &img).unwrap_err().to_string();
        assert!(e.contains("folder") && e.contains("out.png"), "{e}");
        let e = save_png(&dir.join("a.jpg"), &img).unwrap_err().to_string();
        assert!(e.contains("*.png") && e.contains("a.png"), "{e}");
        save_png(&dir.join("sub/a.PNG"), &img).unwrap();
        assert!(dir.join("sub/a.PNG").is_file());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
