//! `wgtrain data ...`: preparing image folders.

use anyhow::Context;
use std::path::PathBuf;
use wgtrain::io::image::{fit_sprite, list_images, save_png};

#[derive(clap::Subcommand, Debug)]
pub enum DataCommand {
    /// Crop sprites to their visible pixels, shrink the ones larger than --size, centre them
    /// on a --size square and composite on white (how the Pokemon sprites become 40x40).
    FitSprites {
        /// Folder of RGBA PNG sprites.
        #[arg(long)]
        src: PathBuf,
        /// Output folder (created); files keep their names.
        #[arg(long)]
        out: PathBuf,
        /// Side of the square output images, in pixels.
        #[arg(long, default_value_t = 40)]
        size: u32,
        /// Prefix for the output names (to merge several source folders).
        #[arg(long, default_value = "")]
        prefix: String,
    },
    /// Extract the colour bitmaps of a Noto Color Emoji font (136x128 PNGs in its CBDT table)
    /// as --size x --size images on white, centre-cropped (no emoji has content in the 4 px
    /// trimmed from each side).
    NotoEmoji {
        /// NotoColorEmoji.ttf (Debian: fonts-noto-color-emoji).
        #[arg(
            long,
            default_value = "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf"
        )]
        font: PathBuf,
        /// Output folder (created); one PNG an emoji, named by its glyph number (glyph00042.png).
        #[arg(long)]
        out: PathBuf,
        /// Side of the square output images, in pixels.
        #[arg(long, default_value_t = 128)]
        size: u32,
    },
}

pub fn run(cmd: &DataCommand) -> anyhow::Result<()> {
    match cmd {
        DataCommand::NotoEmoji { font, out, size } => {
            let bytes =
                std::fs::read(font).with_context(|| format!("reading {}", font.display()))?;
            let face = ttf_parser::Face::parse(&bytes, 0)
                .with_context(|| format!("{} is not a font file", font.display()))?;
            let mut done = 0;
            for gid in 0..face.number_of_glyphs() {
                let Some(raster) = face.glyph_raster_image(ttf_parser::GlyphId(gid), 128) else {
                    continue;
                };
                let Ok(img) = image::load_from_memory(raster.data) else {
                    continue;
                };
                let rgba = img.to_rgba8();
                let side = rgba.height().min(rgba.width());
                let x0 = (rgba.width() - side) / 2;
                let square =
                    image::imageops::crop_imm(&rgba, x0, (rgba.height() - side) / 2, side, side)
                        .to_image();
                let resized = if side == *size {
                    square
                } else {
                    image::imageops::resize(
                        &square,
                        *size,
                        *size,
                        image::imageops::FilterType::Triangle,
                    )
                };
                let white = image::RgbImage::from_fn(*size, *size, |x, y| {
                    let p = resized.get_pixel(x, y);
                    let a = p[3] as f32 / 255.0;
                    let c = |v: u8| (v as f32 * a + 255.0 * (1.0 - a)).round() as u8;
                    image::Rgb([c(p[0]), c(p[1]), c(p[2])])
                });
                save_png(&out.join(format!("glyph{gid:05}.png")), &white)?;
                done += 1;
            }
            if done == 0 {
                anyhow::bail!(
                    "{} has no colour bitmaps (is it NotoColorEmoji.ttf?)",
                    font.display()
                );
            }
            println!("wrote {done} emoji of {size}x{size} to {}", out.display());
            Ok(())
        }
        DataCommand::FitSprites {
            src,
            out,
            size,
            prefix,
        } => {
            let files = list_images(src)?;
            let mut done = 0;
            for f in &files {
                let img = match image::open(f) {
                    Ok(i) => i.to_rgba8(),
                    Err(e) => {
                        eprintln!("skipping {}: {e}", f.display());
                        continue;
                    }
                };
                let name = format!(
                    "{prefix}{}",
                    f.file_name().context("file name")?.to_string_lossy()
                );
                save_png(&out.join(name), &fit_sprite(&img, *size))?;
                done += 1;
            }
            println!("wrote {done} sprites of {size}x{size} to {}", out.display());
            Ok(())
        }
    }
}
