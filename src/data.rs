//! Data for a user's own model: an image-folder dataset and a seeded batch iterator.
//!
//! ```no_run
//! use wgtrain::data::{Batches, ImageFolder};
//! # fn main() -> wgtrain::Result<()> {
//! let gpu = wgtrain::Gpu::from_env()?;
//! let data = ImageFolder::open("data/emoji40".as_ref(), 32)?;
//! for epoch in 0..2 {
//!     for picks in Batches::new(data.len(), 64, true, 0, epoch) {
//!         let (images, labels) = data.batch(&gpu, &picks)?; // [64, 3, 32, 32], [64]
//!         # let _ = (images, labels);
//!     }
//! }
//! # Ok(()) }
//! ```

use crate::autograd::Var;
use crate::error::{Error, Result};
use crate::gpu::{Gpu, Tensor};
use crate::kernels::random::splitmix64;
use std::path::{Path, PathBuf};

/// `0..n` in an order that depends only on `seed` and `round` (an epoch): Fisher-Yates over
/// splitmix64, the same on every machine.
pub fn shuffled(n: usize, seed: u64, round: u64) -> Vec<usize> {
    let mut state = seed ^ round.wrapping_mul(0xD1B5_4A32_D192_ED03);
    let mut v: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = (splitmix64(&mut state) % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
    v
}

/// Decode `files` at `size × size` (CHW values in [0, 1]): the files that decoded and their
/// images, and `path: reason` for each one that did not.
pub fn decode_images(
    files: Vec<PathBuf>,
    size: usize,
) -> (Vec<PathBuf>, Vec<Vec<f32>>, Vec<String>) {
    let (mut kept, mut images, mut skipped) = (vec![], vec![], vec![]);
    for f in files {
        match crate::io::image::load_rgb(&f, size as u32) {
            Ok(img) => {
                images.push(img);
                kept.push(f);
            }
            Err(e) => skipped.push(format!("{}: {e}", f.display())),
        }
    }
    (kept, images, skipped)
}

/// The images `picks` of a set of `3 × size × size` images as one `[n, 3, size, size]` tensor.
pub fn stack_images(
    gpu: &Gpu,
    images: &[Vec<f32>],
    picks: &[usize],
    size: usize,
) -> Result<Tensor> {
    let flat: Vec<f32> = picks
        .iter()
        .flat_map(|&i| images[i].iter().copied())
        .collect();
    Tensor::from_f32(gpu, &flat, &[picks.len(), 3, size, size])
}

/// The batches of one epoch: indices into a dataset of `len` items, shuffled by
/// [`shuffled`]`(len, seed, epoch)`, `batch_size` at a time; with `drop_last`, a short last
/// batch is left out (as PyTorch's DataLoader does).
pub struct Batches {
    order: Vec<usize>,
    batch_size: usize,
    drop_last: bool,
    next: usize,
}

impl Batches {
    /// Epoch `epoch`'s batches (the order changes with the epoch, repeats with the seed).
    pub fn new(len: usize, batch_size: usize, drop_last: bool, seed: u64, epoch: u64) -> Batches {
        Batches {
            order: shuffled(len, seed, epoch),
            batch_size: batch_size.max(1),
            drop_last,
            next: 0,
        }
    }

    /// Epoch `epoch`'s batches of the items `indices` (a split), shuffled as
    /// [`Batches::new`] shuffles positions.
    pub fn over(
        indices: &[usize],
        batch_size: usize,
        drop_last: bool,
        seed: u64,
        epoch: u64,
    ) -> Batches {
        let order = shuffled(indices.len(), seed, epoch)
            .into_iter()
            .map(|k| indices[k])
            .collect();
        Batches {
            order,
            batch_size: batch_size.max(1),
            drop_last,
            next: 0,
        }
    }

    /// Batches in dataset order (evaluation).
    pub fn in_order(len: usize, batch_size: usize) -> Batches {
        Batches {
            order: (0..len).collect(),
            batch_size: batch_size.max(1),
            drop_last: false,
            next: 0,
        }
    }
}

impl Iterator for Batches {
    type Item = Vec<usize>;

    fn next(&mut self) -> Option<Vec<usize>> {
        let left = self.order.len() - self.next;
        if left == 0 || (self.drop_last && left < self.batch_size) {
            return None;
        }
        let take = left.min(self.batch_size);
        let out = self.order[self.next..self.next + take].to_vec();
        self.next += take;
        Some(out)
    }
}

/// Images from a folder, decoded once and held in memory as `3 × size × size` values in
/// [0, 1] (transparency composited on white, other sizes resized), with a class each: one
/// class per subfolder (sorted by name, as torchvision's ImageFolder), or, for a flat folder,
/// one class for all until [`ImageFolder::relabel`] gives them others.
pub struct ImageFolder {
    /// The files, in the order of `images`.
    pub files: Vec<PathBuf>,
    /// The decoded images.
    pub images: Vec<Vec<f32>>,
    /// The class of each image, an index into `classes`.
    pub labels: Vec<usize>,
    /// Class names.
    pub classes: Vec<String>,
    /// Side of every image.
    pub size: usize,
    /// Files that could not be decoded, with the reason (they are left out).
    pub skipped: Vec<String>,
}

impl ImageFolder {
    /// Read `root` at `size × size`. Unreadable files are skipped and listed in `skipped`; a
    /// folder with no readable image is an error naming it.
    pub fn open(root: &Path, size: usize) -> Result<ImageFolder> {
        if size == 0 {
            return Err(Error::config("ImageFolder", "size must be at least 1"));
        }
        let what = format!("reading images in {}", root.display());
        let mut subdirs: Vec<PathBuf> = std::fs::read_dir(root)
            .map_err(|e| Error::Io {
                what: what.clone(),
                source: e,
            })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_dir())
            .collect();
        subdirs.sort();
        let groups: Vec<(String, PathBuf)> = if subdirs.is_empty() {
            vec![(String::from("all"), root.to_path_buf())]
        } else {
            subdirs
                .into_iter()
                .map(|d| {
                    (
                        d.file_name().unwrap_or_default().to_string_lossy().into(),
                        d,
                    )
                })
                .collect()
        };
        let mut out = ImageFolder {
            files: vec![],
            images: vec![],
            labels: vec![],
            classes: vec![],
            size,
            skipped: vec![],
        };
        for (class, dir) in groups {
            let label = out.classes.len();
            out.classes.push(class);
            let files = crate::io::image::list_images(&dir).unwrap_or_default();
            let (kept, images, skipped) = decode_images(files, size);
            out.labels.extend(std::iter::repeat_n(label, kept.len()));
            out.files.extend(kept);
            out.images.extend(images);
            out.skipped.extend(skipped);
        }
        if out.images.is_empty() {
            return Err(Error::data(
                &what,
                "no readable .png/.jpg/.jpeg image there (or in its subfolders)",
            ));
        }
        Ok(out)
    }

    /// How many images.
    pub fn len(&self) -> usize {
        self.images.len()
    }

    /// Whether there are none (never, after [`ImageFolder::open`]).
    pub fn is_empty(&self) -> bool {
        self.images.is_empty()
    }

    /// Indices split in two: every `every`-th image (0, every, 2·every, ...) held out, the
    /// rest for training; `(train, held_out)`.
    pub fn split(&self, every: usize) -> (Vec<usize>, Vec<usize>) {
        let every = every.max(1);
        (0..self.len()).partition(|i| i % every != 0)
    }

    /// New classes, one chosen per image by `rule(file, image)` (an index into `classes`).
    pub fn relabel(
        &mut self,
        classes: &[&str],
        rule: impl Fn(&Path, &[f32]) -> usize,
    ) -> Result<()> {
        let labels: Vec<usize> = self
            .files
            .iter()
            .zip(&self.images)
            .map(|(f, img)| rule(f, img))
            .collect();
        if let Some(bad) = labels.iter().find(|&&l| l >= classes.len()) {
            return Err(Error::data(
                "ImageFolder::relabel",
                format!(
                    "the rule gave class {bad}, but there are {} classes",
                    classes.len()
                ),
            ));
        }
        self.labels = labels;
        self.classes = classes.iter().map(|c| c.to_string()).collect();
        Ok(())
    }

    /// The images `picks` as a `[n, 3, size, size]` batch and their classes as `[n]` i32
    /// (what [`crate::nn::functional::cross_entropy`] takes).
    pub fn batch(&self, gpu: &Gpu, picks: &[usize]) -> Result<(Var, Tensor)> {
        if let Some(&bad) = picks.iter().find(|&&i| i >= self.len()) {
            return Err(Error::data(
                "ImageFolder::batch",
                format!("index {bad} is past the {} images", self.len()),
            ));
        }
        let images = stack_images(gpu, &self.images, picks, self.size)?;
        let labels: Vec<i32> = picks.iter().map(|&i| self.labels[i] as i32).collect();
        Ok((
            Var::constant(images),
            Tensor::from_i32(gpu, &labels, &[picks.len()])?,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_epoch_visits_every_item_once_and_drop_last_leaves_the_short_batch_out() {
        let all: Vec<Vec<usize>> = Batches::new(10, 4, false, 3, 0).collect();
        assert_eq!(all.iter().map(Vec::len).collect::<Vec<_>>(), [4, 4, 2]);
        let mut seen: Vec<usize> = all.concat();
        seen.sort();
        assert_eq!(seen, (0..10).collect::<Vec<_>>());
        let dropped: Vec<Vec<usize>> = Batches::new(10, 4, true, 3, 0).collect();
        assert_eq!(dropped.len(), 2);
        assert_eq!(dropped[..], all[..2], "same order, last batch left out");
        // the order repeats with the seed and epoch, and changes with either
        assert_eq!(all, Batches::new(10, 4, false, 3, 0).collect::<Vec<_>>());
        assert_ne!(all, Batches::new(10, 4, false, 3, 1).collect::<Vec<_>>());
        assert_ne!(all, Batches::new(10, 4, false, 4, 0).collect::<Vec<_>>());
        assert_eq!(Batches::new(0, 4, false, 0, 0).count(), 0);
        assert_eq!(Batches::new(3, 4, true, 0, 0).count(), 0);
    }

    #[test]
    fn batches_over_a_split_draw_only_from_it() {
        let split = [1usize, 5, 7, 9, 11];
        let mut got: Vec<usize> = Batches::over(&split, 2, false, 0, 2).flatten().collect();
        got.sort();
        assert_eq!(got, split);
        let evaluation: Vec<Vec<usize>> = Batches::in_order(5, 2).collect();
        assert_eq!(evaluation, [vec![0, 1], vec![2, 3], vec![4]]);
    }
}
