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
        #[arg(long, default_value_t = 40)]
        size: u32,
        /// Prefix for the output names (to merge several source folders).
        #[arg(long, default_value = "")]
        prefix: String,
    },
}

pub fn run(cmd: &DataCommand) -> anyhow::Result<()> {
    match cmd {
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
