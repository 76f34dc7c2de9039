package com.hindsight.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.hindsight.jobs.SparkTestSession;
import com.hindsight.model.PiiKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

class PiiMaskingTest {

    // ---- free text: one test per pattern and format ----

    @Test
    void masksPlainMobileNumber() {
        assertThat(maskText("13812345678", "电话15900001111", "call 19912345678 now"))
                .containsExactly("138****5678", "电话159****1111", "call 199****5678 now");
    }

    @Test
    void masksFullWidthDigitsAfterTurningThemIntoAscii() {
        assertThat(maskText("我的手机１３８１２３４５６７８", "卡号６２２２０２１２３４５６７８９０"))
                .containsExactly("我的手机138****5678", "卡号6222 **** **** 7890");
    }

    @Test
    void masksMobileNumberWithCountryCodeAndDropsTheCode() {
        assertThat(maskText("+8613812345678", "+86 13812345678", "8613812345678",
                "0086-13812345678", "tel: +86 138 1234 5678."))
                .containsExactly("138****5678", "138****5678", "138****5678",
                        "138****5678", "tel: 138****5678.");
    }

    @Test
    void masksMobileNumberGroupedBySpacesOrHyphens() {
        assertThat(maskText("138-1234-5678", "138 1234 5678", "1381234 5678"))
                .containsExactly("138****5678", "138****5678", "138****5678");
    }

    @Test
    void masksNationalIdKeepingRegionAndLastFour() {
        assertThat(maskText("身份证110105199003071234。", "ID 110105200012310018"))
                .containsExactly("身份证110105********1234。", "ID 110105********0018");
    }

    @Test
    void masksNationalIdWithXCheckDigitWhole() {
        assertThat(maskText("身份证号11010519900307123X，", "id 11010519900307123x"))
                .containsExactly("身份证号110105********123X，", "id 110105********123x");
    }

    @Test
    void masksNationalIdWrittenInGroups() {
        assertThat(maskText("110105 1990 0307 123X", "110105-19900307-1234"))
                .containsExactly("110105********123X", "110105********1234");
    }

    @Test
    void masksSixteenDigitCard() {
        assertThat(maskText("卡号6222021234567890", "card 4111111111111111."))
                .containsExactly("卡号6222 **** **** 7890", "card 4111 **** **** 1111.");
    }

    @Test
    void masksNineteenDigitCardInTheSameShape() {
        assertThat(maskText("卡号6222021234567890123", "卡号6222 0212 3456 7890 123",
                "卡号6222 0212 3456 7890123"))
                .containsExactly("卡号6222 **** **** 0123", "卡号6222 **** **** 0123",
                        "卡号6222 **** **** 0123");
    }

    @Test
    void masksCardGroupedBySpacesOrHyphens() {
        assertThat(maskText("6222 0212 3456 7890", "6222-0212-3456-7890", "6222 0212-3456 7890",
                "6222 0212 3456 7890 12", "6222-0212-3456-7890-1"))
                .containsExactly("6222 **** **** 7890", "6222 **** **** 7890", "6222 **** **** 7890",
                        "6222 **** **** 9012", "6222 **** **** 8901");
    }

    @Test
    void keepsYearAfterGroupedCardOutOfTheCard() {
        assertThat(maskText("6222 0212 3456 7890 2024年被盗刷"))
                .containsExactly("6222 **** **** 7890 2024年被盗刷");
    }

    @Test
    void treatsEighteenDigitRunWithoutBirthDateAsCard() {
        // 622202|12345678|9012: "1234" is no 19xx/20xx year, so this is no ID number
        assertThat(maskText("卡号622202123456789012"))
                .containsExactly("卡号6222 **** **** 9012");
    }

    @Test
    void masksEmailKeepingFirstCharacterAndDomain() {
        assertThat(maskText("联系zhang.san@example.com谢谢", "escríbeme a maria.lopez@banco.es.",
                "_x@mail.example.org"))
                .containsExactly("联系z***@example.com谢谢", "escríbeme a m***@banco.es.",
                        "_***@mail.example.org");
    }

    @Test
    void masksEmailWhoseLocalPartIsAPhoneNumberAsAnEmail() {
        assertThat(maskText("邮箱13812345678@qq.com", "QQ邮箱123456789@qq.com"))
                .containsExactly("邮箱1***@qq.com", "QQ邮箱1***@qq.com");
    }

    // ---- free text: context ----

    @Test
    void masksMobileNumberInsideChineseText() {
        assertThat(maskText("我的手机13812345678，卡号6222021234567890"))
                .containsExactly("我的手机138****5678，卡号6222 **** **** 7890");
    }

    @Test
    void masksEveryItemWhenTextHoldsSeveral() {
        String text = "客户张先生（身份证11010519900307123X，手机+86 139-8765-4321）称卡号"
                + "6222 0212 3456 7890被盗刷，邮件zhang@example.com。Mi tarjeta 4111111111111111 "
                + "y mi móvil 15900001111, email maria@banco.es";
        assertThat(maskText(text)).containsExactly(
                "客户张先生（身份证110105********123X，手机139****4321）称卡号"
                        + "6222 **** **** 7890被盗刷，邮件z***@example.com。Mi tarjeta 4111 **** **** 1111 "
                        + "y mi móvil 159****1111, email m***@banco.es");
    }

    @Test
    void leavesAmountsDatesOrderNumbersAndEpochsUnmasked() {
        String text = "金额12345.67元，日期20240305，订单号12345678，时间戳1709625600，"
                + "毫秒1709625600000，2024-03-05 12:30";
        assertThat(maskText(text)).containsExactly(text);
    }

    @Test
    void leavesNumbersInsideLongerDigitRunsUnmasked() {
        // a mobile number inside a 13-digit reference, a card inside a 20-digit reference
        String text = "流水号2013812345678，参考号62220212345678901234";
        assertThat(maskText(text)).containsExactly(text);
    }

    @Test
    void leavesTextWithoutPersonalDataAndNullAsTheyAre() {
        assertThat(maskText("银行声明：系统故障已修复。", "", null))
                .containsExactly("银行声明：系统故障已修复。", "", null);
    }

    @Test
    void buildsOnlyBuiltInExpressions() {
        Dataset<Row> input = SparkTestSession.get()
                .createDataset(List.of("13812345678"), Encoders.STRING()).toDF("value");
        List<Column> masks = new ArrayList<>();
        for (PiiKind kind : PiiKind.values()) {
            masks.add(PiiMasking.maskField(col("value"), kind).as(kind.name().toLowerCase()));
        }
        // the analysed plan: the optimised one has already folded every mask over the literal rows
        String plan = input.select(masks.toArray(Column[]::new))
                .queryExecution().analyzed().toString();

        assertThat(plan).doesNotContainIgnoringCase("udf").contains("regexp_replace");
    }

    // ---- fields ----

    @Test
    void masksPhoneFieldKeepingFirstThreeAndLastFourDigits() {
        assertThat(maskField(PiiKind.PHONE, "13812345678", "+86 138-1234-5678", "0086 13812345678",
                "010-12345678", "12345678"))
                .containsExactly("138****5678", "138****5678", "138****5678",
                        "010****5678", "123*5678");
    }

    @Test
    void starsWholePhoneFieldWithFewerThanEightDigits() {
        assertThat(maskField(PiiKind.PHONE, "1234567", "12-34", "unknown", "", null))
                .containsExactly("*******", "*****", "*******", "", null);
    }

    @Test
    void masksNationalIdFieldKeepingFirstSixAndLastFour() {
        assertThat(maskField(PiiKind.NATIONAL_ID, "11010519900307123X", "110105 1990 0307 1234",
                "110105900307123"))
                .containsExactly("110105********123X", "110105********1234", "110105*****7123");
    }

    @Test
    void starsWholeNationalIdFieldShorterThanFifteen() {
        assertThat(maskField(PiiKind.NATIONAL_ID, "11010519900307", "X", "", null))
                .containsExactly("**************", "*", "", null);
    }

    @Test
    void masksCardFieldInTheSameShapeWhateverTheLength() {
        assertThat(maskField(PiiKind.CARD_NUMBER, "6222021234567890", "6222 0212 3456 7890 123",
                "6222-0212-3456-7890", "622202123456"))
                .containsExactly("6222 **** **** 7890", "6222 **** **** 0123",
                        "6222 **** **** 7890", "6222 **** **** 3456");
    }

    @Test
    void starsWholeCardFieldWithFewerThanTwelveDigits() {
        assertThat(maskField(PiiKind.CARD_NUMBER, "62220212345", "6222 0212", "", null))
                .containsExactly("***********", "*********", "", null);
    }

    @Test
    void masksPersonNameKeepingFirstCharacterAndSpaces() {
        assertThat(maskField(PiiKind.PERSON_NAME, "张三丰", "张三", "Maria Lopez", "José María García",
                " 李四 ", "𠀀三"))
                .containsExactly("张**", "张*", "M**** *****", "J*** ***** ******", "李*", "𠀀*");
    }

    @Test
    void starsOneCharacterPersonNameWhole() {
        assertThat(maskField(PiiKind.PERSON_NAME, "张", "", null)).containsExactly("*", "", null);
    }

    @Test
    void masksFreeTextFieldLikeFreeText() {
        assertThat(maskField(PiiKind.FREE_TEXT, "我的手机13812345678，卡号6222021234567890", null))
                .containsExactly("我的手机138****5678，卡号6222 **** **** 7890", null);
    }

    @Test
    void leavesFieldWithoutPersonalDataUnchanged() {
        assertThat(maskField(PiiKind.NONE, "13812345678", "张三", null))
                .containsExactly("13812345678", "张三", null);
    }

    @Test
    void masksNumericPhoneColumnAsText() {
        Dataset<Row> input = SparkTestSession.get()
                .createDataset(List.of(13812345678L), Encoders.LONG()).toDF("value");
        List<String> masked = input.select(PiiMasking.maskField(col("value"), PiiKind.PHONE))
                .as(Encoders.STRING()).collectAsList();

        assertThat(masked).containsExactly("138****5678");
    }

    @Test
    void rejectsNullKind() {
        assertThatNullPointerException()
                .isThrownBy(() -> PiiMasking.maskField(col("value"), null))
                .withMessage("kind is null");
    }

    // ---- property ----

    @Test
    void neverLeavesAGeneratedNumberWholeInRandomChineseText() {
        Random random = new Random(20240305L);
        List<String> numbers = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String number = switch (i % 3) {
                case 0 -> randomMobile(random);
                case 1 -> randomNationalId(random);
                default -> randomCard(random);
            };
            numbers.add(number);
            texts.add(randomChinese(random) + format(number, random) + randomChinese(random));
        }

        List<String> masked = maskText(texts.toArray(String[]::new));

        for (int i = 0; i < numbers.size(); i++) {
            String withoutSeparators = masked.get(i).replaceAll("[ -]", "");
            assertThat(withoutSeparators)
                    .as("input %s", texts.get(i))
                    .doesNotContain(numbers.get(i))
                    .doesNotContain(numbers.get(i).substring(0, numbers.get(i).length() - 1))
                    .doesNotContainPattern("\\d{7}");
        }
    }

    // ---- helpers ----

    private static List<String> maskText(String... texts) {
        return mask(PiiMasking::maskFreeText, texts);
    }

    private static List<String> maskField(PiiKind kind, String... values) {
        return mask(value -> PiiMasking.maskField(value, kind), values);
    }

    private static List<String> mask(Function<Column, Column> masking, String... values) {
        Dataset<Row> input = SparkTestSession.get()
                .createDataset(Arrays.asList(values), Encoders.STRING()).toDF("value");
        return input.select(masking.apply(col("value"))).as(Encoders.STRING()).collectAsList();
    }

    private static final String CHINESE =
            "我的手机号卡身份证被盗刷银行客服投诉称今天转账失败请尽快处理谢谢，。！？：（）“”、 ";

    private static String randomChinese(Random random) {
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(CHINESE.charAt(random.nextInt(CHINESE.length())));
        }
        return text.toString();
    }

    private static String digits(Random random, int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private static String randomMobile(Random random) {
        return "1" + (3 + random.nextInt(7)) + digits(random, 9);
    }

    private static String randomNationalId(Random random) {
        String region = (1 + random.nextInt(8)) + digits(random, 5);
        String birth = String.format("%04d%02d%02d",
                1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String body = region + birth + digits(random, 3);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String randomCard(Random random) {
        String prefix = List.of("62", "4", "5").get(random.nextInt(3));
        return prefix + digits(random, 16 + random.nextInt(4) - prefix.length());
    }

    /** Writes a number as people do: contiguous, or grouped by one space or hyphen. */
    private static String format(String number, Random random) {
        if (random.nextBoolean()) {
            return number;
        }
        String separator = random.nextBoolean() ? " " : "-";
        int[] groups = switch (number.length()) {
            case 11 -> new int[] {3, 4, 4};
            case 18 -> number.matches("\\d{6}(19|20)\\d{9}[0-9X]") ? new int[] {6, 4, 4, 4}
                    : new int[] {4, 4, 4, 4, 2};
            default -> new int[] {4, 4, 4, 4, number.length() - 16};
        };
        StringBuilder formatted = new StringBuilder();
        int at = 0;
        for (int group : groups) {
            if (group == 0) {
                continue;
            }
            if (at > 0) {
                formatted.append(separator);
            }
            formatted.append(number, at, at + group);
            at += group;
        }
        String text = formatted.toString();
        return number.length() == 11 && random.nextBoolean() ? "+86" + separator + text : text;
    }
}
