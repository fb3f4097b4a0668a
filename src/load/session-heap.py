#!/usr/bin/env python3
"""What a Vaadin session holds, from a heap dump (HPROF, as `jcmd PID GC.heap_dump FILE` writes it).

Usage: src/load/session-heap.py HEAP.hprof [TOP]

Walks the object graph from every HTTP session (Tomcat's StandardSession, which holds the Vaadin
session, its UIs and every other attribute) in the dump. An object
reached from one session only belongs to that session; one reached from two or more (the content,
the search indexes, shared HTML blocks, Spring's beans) belongs to none and is not counted, nor is
anything behind it. Prints the sessions' own objects per session: by class, and by the class and
field that holds them (which shows, for example, whose strings the byte arrays are). Class objects
and the class loader are never entered. Standard library only; takes a few minutes for a heap of
some hundred megabytes.
"""
import collections
import struct
import sys

TYPE_SIZES = {2: None, 4: 1, 5: 2, 6: 4, 7: 8, 8: 1, 9: 2, 10: 4, 11: 8}
PRIM_NAMES = {4: "boolean[]", 5: "char[]", 6: "float[]", 7: "double[]", 8: "byte[]", 9: "short[]", 10: "int[]", 11: "long[]"}


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    data = open(path, "rb").read()
    end = data.index(b"\0")
    id_size = struct.unpack_from(">I", data, end + 1)[0]
    assert id_size == 8, "only 64-bit ids (no compressed references in HPROF) are handled"
    pos = end + 1 + 4 + 8
    strings = {}
    class_names = {}
    classes = {}  # class id -> (super id, [(field name id, type)], instance size)
    objects = {}  # object id -> (class id or array label, shallow size, offset of its body, kind)
    heap_segments = []
    while pos < len(data):
        tag, _, length = struct.unpack_from(">BII", data, pos)
        body = pos + 9
        if tag == 0x01:
            strings[struct.unpack_from(">Q", data, body)[0]] = data[body + 8:body + length].decode("utf-8", "replace")
        elif tag == 0x02:
            _, class_id, _, name_id = struct.unpack_from(">IQIQ", data, body)
            class_names[class_id] = name_id
        elif tag in (0x0C, 0x1C):
            heap_segments.append((body, body + length))
        pos = body + length

    for start, stop in heap_segments:
        p = start
        while p < stop:
            sub = data[p]
            p += 1
            if sub == 0xFF or sub == 0x05 or sub == 0x07:
                p += 8
            elif sub == 0x01:
                p += 16
            elif sub in (0x02, 0x03, 0x08):
                p += 16
            elif sub in (0x04, 0x06):
                p += 12
            elif sub == 0x20:
                class_id, _, super_id = struct.unpack_from(">QIQ", data, p)
                p += 8 + 4 + 8 * 6
                instance_size = struct.unpack_from(">I", data, p)[0]
                p += 4
                (count,) = struct.unpack_from(">H", data, p)
                p += 2
                for _ in range(count):
                    t = data[p + 2]
                    p += 3 + (8 if t == 2 else TYPE_SIZES[t])
                (count,) = struct.unpack_from(">H", data, p)
                p += 2
                for _ in range(count):
                    t = data[p + 8]
                    p += 9 + (8 if t == 2 else TYPE_SIZES[t])
                (count,) = struct.unpack_from(">H", data, p)
                p += 2
                fields = []
                for _ in range(count):
                    name_id, t = struct.unpack_from(">QB", data, p)
                    fields.append((name_id, t))
                    p += 9
                classes[class_id] = (super_id, fields, instance_size)
            elif sub == 0x21:
                object_id, _, class_id, n = struct.unpack_from(">QIQI", data, p)
                p += 24
                objects[object_id] = (class_id, None, p, 0)
                p += n
            elif sub == 0x22:
                object_id, _, n, class_id = struct.unpack_from(">QIIQ", data, p)
                p += 24
                objects[object_id] = (class_id, 16 + 4 * n, p, n)
                p += 8 * n
            elif sub == 0x23:
                object_id, _, n, t = struct.unpack_from(">QIIB", data, p)
                p += 17
                objects[object_id] = (PRIM_NAMES[t], 16 + n * TYPE_SIZES[t], p, -1)
                p += n * TYPE_SIZES[t]
            else:
                raise SystemExit(f"unknown heap dump record {sub:#x} at {p - 1}")

    def name(class_id):
        if isinstance(class_id, str):
            return class_id
        return strings.get(class_names.get(class_id), "?").replace("/", ".")

    layouts = {}

    def layout(class_id):
        """The instance's fields in dump order (the class's own first, then its superclasses')."""
        if class_id not in layouts:
            result = []
            c = class_id
            while c in classes:
                super_id, fields, _ = classes[c]
                result.extend((strings.get(n, "?"), t) for n, t in fields)
                c = super_id
            layouts[class_id] = result
        return layouts[class_id]

    def references(object_id):
        class_id, _, body, kind = objects[object_id]
        if kind == -1:
            return
        if kind > 0 or (kind == 0 and isinstance(class_id, int) and class_id not in classes):
            for i in range(kind):
                (ref,) = struct.unpack_from(">Q", data, body + 8 * i)
                if ref:
                    yield "[]", ref
            return
        p = body
        for field, t in layout(class_id):
            if t == 2:
                (ref,) = struct.unpack_from(">Q", data, p)
                if ref:
                    yield field, ref
                p += 8
            else:
                p += TYPE_SIZES[t]

    sizes = {}

    def shallow(object_id):
        """The size in the running JVM: 12-byte headers, compressed references, 8-byte alignment."""
        class_id, size, _, kind = objects[object_id]
        if size is None:
            if class_id not in sizes:
                sizes[class_id] = 12 + sum(4 if t == 2 else TYPE_SIZES[t] for _, t in layout(class_id))
            size = sizes[class_id]
        return (size + 7) // 8 * 8

    # The HTTP session (Tomcat's), which holds the Vaadin session, its UIs and every other attribute.
    session_class = {c for c, n in class_names.items() if strings.get(n) == "org/apache/catalina/session/StandardSession"}
    sessions = [o for o, (c, _, _, k) in objects.items() if k == 0 and c in session_class]
    owner = {}
    holder = {}
    shared = object()
    for s in sessions:
        owner[s] = s
        holder[s] = ("(the session)", "")
    # Breadth first from all sessions at once; an object met from a second session becomes shared.
    frontier = list(sessions)
    while frontier:
        following = []
        for o in frontier:
            mine = owner[o]
            if mine is shared:
                continue
            for field, ref in references(o):
                if ref not in objects:  # a Class object, or one the dump left out
                    continue
                seen = owner.get(ref)
                if seen is None:
                    owner[ref] = mine
                    holder[ref] = (name(objects[o][0]), field)
                    following.append(ref)
                elif seen is not shared and seen != mine:
                    owner[ref] = shared
        frontier = following
    # Anything behind a shared object was reached through it as well; drop what only a shared
    # object leads to by walking again from the sessions through owned objects only.
    holder_roots = set(sessions)
    reach = set(sessions)
    frontier = list(sessions)
    while frontier:
        following = []
        for o in frontier:
            for _, ref in references(o):
                if ref in owner and owner[ref] is not shared and ref not in reach:
                    reach.add(ref)
                    following.append(ref)
        frontier = following

    parent = {}  # an owned object -> the object it was first reached from
    for o in reach:
        for _, ref in references(o):
            if ref in reach and ref not in parent and ref not in holder_roots:
                parent[ref] = o

    def path(o, depth):
        """The object's class and the chain of holders above it, leaving out collections' insides."""
        steps = [name(objects[o][0])]
        hops = 0
        while o in parent and len(steps) < depth and hops < 50:
            o = parent[o]
            hops += 1
            n = name(objects[o][0])
            if n.startswith(("java.util.", "[L", "java.lang.Object", "tools.jackson.")) and o in parent:
                continue
            steps.append(n)
        return " < ".join(steps)

    n = len(sessions)
    by_class = collections.Counter()
    count_class = collections.Counter()
    by_holder = collections.Counter()
    for o in reach:
        c = objects[o][0]
        size = shallow(o)
        by_class[name(c)] += size
        count_class[name(c)] += 1
        h = holder[o]
        by_holder[f"{name(c)} held by {h[0]}.{h[1]}"] += size
    total = sum(by_class.values())
    print(f"{n} sessions; their own objects: {total / max(n, 1) / 1024:.1f} KB per session")
    print("\nby class (KB per session, objects per session):")
    for c, size in by_class.most_common(top):
        print(f"  {size / n / 1024:7.2f} KB {count_class[c] / n:7.1f}  {c}")
    by_path = collections.Counter()
    for o in reach:
        by_path[path(o, 5)] += shallow(o)
    print("\nby class and the objects that hold them, collections left out (KB per session):")
    for c, size in by_path.most_common(top):
        print(f"  {size / n / 1024:7.2f} KB  {c}")
    print("\nby class and the field that holds them (KB per session):")
    for c, size in by_holder.most_common(top):
        print(f"  {size / n / 1024:7.2f} KB  {c}")


if __name__ == "__main__":
    main()
