package vn.plans.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small model trained in-test on a few sentences, for unit tests that need a real (if tiny) language model. */
final class TinyModel {
    static final String TEXT = """
            Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em.
            Các sở, ngành thực hiện kế hoạch của Ủy ban nhân dân tỉnh.
            Tôi đi học ở trường. Chúng tôi đi học ở trường làng.
            Kế hoạch thực hiện quyền trẻ em của Liên hợp quốc.
            Mục đích, yêu cầu của kế hoạch.
            Số: 54/KH-UBND ngày 28 tháng 02 năm 2025.
            Cơ quan, đơn vị có liên quan bảo đảm quyền trẻ em.
            Bàn tay, bạn bè, bán hàng, bản đồ, bàn ghế.
            """;

    private TinyModel() {}

    static NgramModel train(Path dir, int order) throws IOException {
        Path corpus = dir.resolve("tiny.txt");
        Files.writeString(corpus, TEXT.repeat(3) + "Ban nhạc chơi bài hát.\n");
        Path model = dir.resolve("tiny.bin");
        new NgramTrainer(order, 1, 1).train(List.of(corpus), model, null);
        return NgramModel.load(model);
    }
}
