/**
 * Extraction in child worker JVMs, so that a crash, a hang or an exhausted memory while reading one
 * file fails that file only.
 *
 * <h2>Protocol</h2>
 * A worker is started as {@code java -cp <the parent's class path> org.wathiqa.isolate.WorkerMain}.
 * Parent and worker exchange <em>frames</em> over the worker's stdin and stdout: a four-byte
 * big-endian length, then that many bytes of UTF-8 JSON.
 * <ol>
 *   <li>parent → worker: {@code {"settings": {"threads": "1", "tessdata": "/models", ...}}}, the
 *       portable options of a {@code Wathiqa.Builder} as strings (see {@link WorkerSettings});</li>
 *   <li>worker → parent: {@code {"ready": true}} once the engines are loaded, or
 *       {@code {"ready": false, "message": "..."}} when the environment is broken (the worker then
 *       exits);</li>
 *   <li>then any number of requests, one at a time: parent → worker {@code {"path": "/abs/file.pdf"}},
 *       worker → parent the file's {@code wathiqa/1} JSON;</li>
 *   <li>end of stdin: the worker exits at once, even in the middle of a document, so that workers
 *       never outlive their parent.</li>
 * </ol>
 * The worker's stdout carries frames only: {@code System.out} and, on Linux, the process's file
 * descriptor 1 (where native libraries print) are sent to stderr, which the parent passes on.
 * A worker that dies, stops answering or grows past its memory limit is killed and replaced; the
 * file it was reading fails with {@code crash}, {@code timeout} or {@code out-of-memory}.
 */
package org.wathiqa.isolate;
