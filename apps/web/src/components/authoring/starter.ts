// The exercise a teacher starts from: a lost update with one parameter and two questions.
export const STARTER_SLUG = "my-lost-update";

export const STARTER_PYTHON = `import threading

THREADS = 2

count = 0


def work():
    global count
    count = count + 1


threads = [threading.Thread(target=work) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(count)
`;

export const STARTER_YAML = `title: My lost update
summary: Threads read, add and write a shared counter.
concepts: [race-condition]
difficulty: 2
prompt: |
  Each thread adds one to a shared counter. What can the program print?
explanation: |
  The threads run one after another here: each call is short, so no thread is switched out in the middle.
parameters:
  THREADS: [2, 3]
questions:
  - id: printed
    kind: output
    prompt: What does the program print?
`;
