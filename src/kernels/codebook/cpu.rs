//! Reference twins in f64.

/// Squared distance of query `x` to every code, in f64.
pub fn distances(x: &[f64], codebook: &[f64], d: usize) -> Vec<f64> {
    codebook
        .chunks(d)
        .map(|e| e.iter().zip(x).map(|(a, b)| (a - b) * (a - b)).sum())
        .collect()
}

/// Nearest code of every query (first minimum on ties), in f64.
pub fn nearest_code(x: &[f64], codebook: &[f64], d: usize) -> Vec<u32> {
    x.chunks(d)
        .map(|q| {
            let dist = distances(q, codebook, d);
            let mut best = 0;
            for (k, v) in dist.iter().enumerate() {
                if *v < dist[best] {
                    best = k;
                }
            }
            best as u32
        })
        .collect()
}

/// Twin of [`super::gather_rows`]: `table[index[r]]` for every r, zero rows past the table.
pub fn gather_rows(table: &[f64], index: &[u32], d: usize) -> Vec<f64> {
    index
        .iter()
        .flat_map(|&k| {
            let k = k as usize;
            if (k + 1) * d <= table.len() {
                table[k * d..(k + 1) * d].to_vec()
            } else {
                vec![0.0; d]
            }
        })
        .collect()
}
