package neuralmath.runner;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.util.HashSet;
import java.util.Set;

/**
 * Rewrites the classes a cell declares so that the cell can neither end the runner nor outlive its time limit.
 *
 * <ul>
 *   <li>Calls of {@code System.exit(int)}, {@code Runtime.exit(int)} and {@code Runtime.halt(int)}, including method
 *       references such as {@code System::exit}, go to {@link CellGuard} instead, which throws.</li>
 *   <li>A call of {@link CellGuard#stopCheck()} is put at the start of every method and before every backward jump,
 *       so a loop notices within one turn that the cell must stop.</li>
 * </ul>
 *
 * <p>Only cell code is rewritten: the library and the JDK run unchanged, at full speed. The code adds no stack slots
 * and no locals, so the class's stack map frames stay valid as they are.
 */
final class CellBytecode {

    private static final String GUARD = CellGuard.class.getName().replace('.', '/');
    private static final String SYSTEM = "java/lang/System";
    private static final String RUNTIME = "java/lang/Runtime";
    private static final String EXIT_DESCRIPTOR = "(I)V";
    private static final String RUNTIME_EXIT_DESCRIPTOR = "(Ljava/lang/Runtime;I)V";

    private CellBytecode() {
    }

    static byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                             String[] exceptions) {
                return new GuardedMethod(super.visitMethod(access, name, descriptor, signature, exceptions));
            }
        }, 0);
        return writer.toByteArray();
    }

    private static final class GuardedMethod extends MethodVisitor {
        private final Set<Label> labelsSeen = new HashSet<>();

        GuardedMethod(MethodVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            stopCheck();
        }

        @Override
        public void visitLabel(Label label) {
            labelsSeen.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label target) {
            if (labelsSeen.contains(target)) {
                stopCheck();
            }
            super.visitJumpInsn(opcode, target);
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            String guard = guardFor(opcode, owner, name, descriptor);
            if (guard == null) {
                super.visitMethodInsn(opcode, owner, name, descriptor, isInterface);
            } else {
                String guardDescriptor = opcode == Opcodes.INVOKESTATIC ? EXIT_DESCRIPTOR : RUNTIME_EXIT_DESCRIPTOR;
                super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, guard, guardDescriptor, false);
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            Object[] guarded = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                guarded[i] = guardHandle(arguments[i]);
            }
            super.visitInvokeDynamicInsn(name, descriptor, bootstrap, guarded);
        }

        @Override
        public void visitLdcInsn(Object value) {
            super.visitLdcInsn(guardHandle(value));
        }

        private void stopCheck() {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, GUARD, "stopCheck", "()V", false);
        }
    }

    /** A method handle constant ({@code System::exit}) pointing at an exit method, turned to the guard. */
    private static Object guardHandle(Object constant) {
        if (!(constant instanceof Handle)) {
            return constant;
        }
        Handle handle = (Handle) constant;
        int opcode = handle.getTag() == Opcodes.H_INVOKESTATIC ? Opcodes.INVOKESTATIC
                : handle.getTag() == Opcodes.H_INVOKEVIRTUAL ? Opcodes.INVOKEVIRTUAL : -1;
        String guard = guardFor(opcode, handle.getOwner(), handle.getName(), handle.getDesc());
        if (guard == null) {
            return handle;
        }
        String descriptor = opcode == Opcodes.INVOKESTATIC ? EXIT_DESCRIPTOR : RUNTIME_EXIT_DESCRIPTOR;
        return new Handle(Opcodes.H_INVOKESTATIC, GUARD, guard, descriptor, false);
    }

    /** The {@link CellGuard} method replacing this call, or null when the call is not one that ends the JVM. */
    private static String guardFor(int opcode, String owner, String name, String descriptor) {
        if (!EXIT_DESCRIPTOR.equals(descriptor)) {
            return null;
        }
        if (opcode == Opcodes.INVOKESTATIC && SYSTEM.equals(owner) && "exit".equals(name)) {
            return "exit";
        }
        if (opcode == Opcodes.INVOKEVIRTUAL && RUNTIME.equals(owner)) {
            return "exit".equals(name) ? "runtimeExit" : "halt".equals(name) ? "runtimeHalt" : null;
        }
        return null;
    }
}
