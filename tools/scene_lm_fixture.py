#!/usr/bin/env python3
"""Make the PyTorch parity fixture for the scene language model (seed 003).

Builds the seed's AutoregressiveLanguageModel layout at a small size (the same module names:
token_embedding, pos_encoding.pe, transformer.layers.N (post-norm nn.TransformerEncoderLayer,
ReLU, batch_first), output_projection, embedding_projection), runs it with dropout 0 in
training mode (PyTorch's eval "fast path" would treat padded positions differently), with the
seed's masks: causal -inf above the diagonal plus (1 - attention_mask) * -10000 per key.
Writes:
  tests/fixtures/scene_lm_weights.safetensors   the state_dict (with pos_encoding.pe)
  tests/fixtures/scene_lm_expected.safetensors  ids, attention mask, logits, sentence embeddings,
                                                the mean CE loss and the gradient of token_embedding

Run from the repository root:  python3 tools/scene_lm_fixture.py
Needs: torch, safetensors.
"""
import math
import torch
from torch import nn
from safetensors.torch import save_file

VOCAB, D, HEADS, LAYERS, FF, MAX_LEN = 11, 16, 2, 2, 32, 20


class Positions(nn.Module):
    def __init__(self):
        super().__init__()
        pe = torch.zeros(MAX_LEN, D)
        pos = torch.arange(MAX_LEN, dtype=torch.float64).unsqueeze(1)
        div = torch.exp(torch.arange(0, D, 2, dtype=torch.float64) * (-math.log(10000.0) / D))
        pe[:, 0::2] = torch.sin(pos * div).float()
        pe[:, 1::2] = torch.cos(pos * div).float()
        self.register_buffer("pe", pe.unsqueeze(0))


class Lm(nn.Module):
    def __init__(self):
        super().__init__()
        self.token_embedding = nn.Embedding(VOCAB, D)
        self.pos_encoding = Positions()
        layer = nn.TransformerEncoderLayer(D, HEADS, FF, dropout=0.0, batch_first=True)
        self.transformer = nn.TransformerEncoder(layer, LAYERS, enable_nested_tensor=False)
        self.output_projection = nn.Linear(D, VOCAB)
        self.embedding_projection = nn.Sequential(nn.Linear(D, D), nn.LayerNorm(D), nn.ReLU(), nn.Linear(D, D))

    def forward(self, ids, mask):
        t = ids.shape[1]
        x = self.token_embedding(ids) * math.sqrt(D) + self.pos_encoding.pe[:, :t]
        causal = torch.triu(torch.full((t, t), float("-inf")), diagonal=1)
        pad = (1.0 - mask) * -10000.0
        h = self.transformer(x, mask=causal, src_key_padding_mask=pad)
        logits = self.output_projection(h)
        m = mask.unsqueeze(-1)
        mean = (h * m).sum(1) / m.sum(1)
        return logits, self.embedding_projection(mean)


def main():
    torch.manual_seed(77)
    model = Lm()
    for p in model.parameters():
        if p.dim() > 1:
            nn.init.xavier_uniform_(p)
    model.train()  # dropout is 0; training mode keeps PyTorch off its fast path
    ids = torch.randint(4, VOCAB, (2, 7))
    ids[:, 0] = 1
    mask = torch.ones(2, 7)
    mask[1, 5:] = 0.0
    ids[1, 5:] = 0
    labels = torch.cat([ids[:, 1:], torch.full((2, 1), 2)], dim=1)
    labels[1, 4:] = -100
    logits, emb = model(ids, mask)
    loss = nn.functional.cross_entropy(logits.reshape(-1, VOCAB), labels.reshape(-1), ignore_index=-100)
    loss.backward()
    save_file({k: v.detach().contiguous() for k, v in model.state_dict().items()},
              "tests/fixtures/scene_lm_weights.safetensors")
    save_file({
        "ids": ids.to(torch.int32), "mask": mask, "labels": labels.to(torch.int32),
        "logits": logits.detach(), "embedding": emb.detach(), "loss": loss.detach().reshape(1),
        "grad_token_embedding": model.token_embedding.weight.grad.detach(),
    }, "tests/fixtures/scene_lm_expected.safetensors")
    print("loss", loss.item())


if __name__ == "__main__":
    main()
