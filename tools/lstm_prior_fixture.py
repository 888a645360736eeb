#!/usr/bin/env python3
"""Make the PyTorch parity fixture for the LSTM prior (VQVAELSTM, seed 000).

Builds the seed's architecture in PyTorch at a small size (4 LSTM layers as the seed, narrow
widths so the file stays tiny), initialises it from a fixed seed, and runs it on token
windows built the seed's way (START first, right-padded with PAD). Writes:
  tests/fixtures/lstm_prior_weights.safetensors   the model_state_dict
  tests/fixtures/lstm_prior_expected.safetensors  the windows, the targets, PyTorch's logits,
                                                  its cross-entropy and the gradient of fc.2.bias

Run from the repository root:  python3 tools/lstm_prior_fixture.py
Needs: torch, safetensors (pip install torch safetensors).
"""
import torch
from torch import nn
from safetensors.torch import save_file

CODES, EMB, HIDDEN, LAYERS, FC, WINDOW = 20, 6, 10, 4, 7, 5
START, PAD = CODES, CODES + 1


class Prior(nn.Module):
    # The seed's module names: word_embedding, rnn, fc (Linear, ReLU, Linear).
    def __init__(self):
        super().__init__()
        self.word_embedding = nn.Embedding(CODES + 2, EMB)
        self.rnn = nn.LSTM(EMB, HIDDEN, num_layers=LAYERS, batch_first=True)
        self.fc = nn.Sequential(nn.Linear(HIDDEN, FC), nn.ReLU(), nn.Linear(FC, CODES))

    def forward(self, ids):
        out, _ = self.rnn(self.word_embedding(ids))
        return self.fc(out[:, -1, :])


def window(seq, i):
    ctx = seq[max(0, i - WINDOW):i]
    return ctx + [PAD] * (WINDOW - len(ctx))


def main():
    torch.manual_seed(4321)
    model = Prior()
    codes = torch.randint(0, CODES, (9,)).tolist()
    seq = [START] + codes
    # targets 1, 2, 4 (short, right-padded windows) and 7, 9 (full sliding windows)
    picks = [1, 2, 4, 7, 9]
    ids = torch.tensor([window(seq, i) for i in picks], dtype=torch.int64)
    targets = torch.tensor([seq[i] for i in picks], dtype=torch.int64)
    logits = model(ids)
    loss = nn.functional.cross_entropy(logits, targets)
    loss.backward()
    state = {k: v.detach().contiguous() for k, v in model.state_dict().items()}
    save_file(state, "tests/fixtures/lstm_prior_weights.safetensors")
    save_file(
        {
            "ids": ids.to(torch.int32),
            "targets": targets.to(torch.int32),
            "logits": logits.detach(),
            "loss": loss.detach().reshape(1),
            "grad_fc2_bias": model.fc[2].bias.grad.detach(),
            "grad_embedding": model.word_embedding.weight.grad.detach(),
        },
        "tests/fixtures/lstm_prior_expected.safetensors",
    )
    print("logits", logits.shape, "loss", float(loss))


if __name__ == "__main__":
    main()
