# Kịch bản “open-source-bounty”: một người bảo trì (maintainer) đàng hoàng. Biến:
# $maintainer (một cái tên; danh sách có cả nam lẫn nữ, nên không có gì phụ thuộc vào giới tính),
# $bounty và $bigger (đô la), $bug (leak hoặc race, cho bộ chọn).
# Người bảo trì viết thoải mái, ngắn gọn: hay viết thường, vài emoji, câu ngắn, tiếng Việt ổn
# nhưng không phải tiếng mẹ đẻ (đôi chỗ hơi lủng củng, không bao giờ để chế giễu). Không bao giờ
# hối thúc. Xưng “mình”, gọi người chơi là “bạn”; người chơi cũng xưng “mình”, gọi “bạn”.
# “brindle” là một thư viện mã nguồn mở hư cấu.

open-source-bounty-title = Tiền thưởng cho báo cáo lỗi của bạn
open-source-bounty-summary = Một người bảo trì thư viện mã nguồn mở đề nghị trả bạn tiền thưởng (bounty) cho một lỗi bạn đã báo.
open-source-bounty-cast-maintainer = { $maintainer }

open-source-bounty-mention = { $maintainer } đã nhắc đến bạn trong issue “{ $bug ->
    [leak] Memory leak in the streaming decoder
   *[race] Race condition in the cache layer
}” của brindle.
open-source-bounty-hello = hi! tháng trước bạn báo lỗi này, phân tích của bạn trúng phóc luôn. mình là một trong những người bảo trì brindle 👋
open-source-bounty-bounty = Bọn mình đặt bounty { MONEY($bounty) } cho lỗi này, từ quỹ tài trợ. Có ghi trên trang Open Collective công khai của dự án. Bạn muốn nhận không?
open-source-bounty-discord = Bounty thì bọn mình điều phối trên Discord của dự án, link mời có trong README. Bạn vào kênh #bounties rồi ping mình ở đó, nói chi tiết dễ hơn.

open-source-bounty-move-choice-join = Được, mình sẽ vào bằng link trong README rồi ping bạn ở #bounties.
open-source-bounty-move-choice-join-feedback = Vào bằng lời mời trong README của chính dự án nghĩa là bạn đến đúng máy chủ công khai của dự án, không phải một cuộc chat riêng với người lạ.
open-source-bounty-move-choice-pass = [Chặn tài khoản và báo cáo bình luận đó với GitHub là spam]
open-source-bounty-move-choice-refuse = Mình muốn giữ ở đây trong issue hơn. Lời mời trả tiền mà kéo sang Discord làm mình ngại.
open-source-bounty-move-choice-refuse-feedback = Vậy cũng được, và người bảo trì vui vẻ đồng ý. Một máy chủ công khai của dự án, có link trong README, không phải kiểu chuyển kênh đáng lo; một cuộc chat riêng do người lạ thúc ép trước khi thỏa thuận gì mới đáng lo.

open-source-bounty-stay-issue = Không sao, mình giữ ở đây trong issue. Vẫn như nhau.
open-source-bounty-joined = Bạn đã vào máy chủ brindle qua link trong README của dự án. Máy chủ công khai, có vài nghìn thành viên.
open-source-bounty-dc-hello = Chào mừng! Đây là #bounties, cái gì bọn mình tài trợ đều ghim ở đây 🎉

open-source-bounty-how-it-works = Cách làm: bạn sửa trong fork của bạn rồi mở PR như mọi người đóng góp. Sau khi merge, bạn gửi một khoản chi kèm hóa đơn trên trang Open Collective của bọn mình, và khoản thanh toán được ghi công khai ở đó.
open-source-bounty-bounty-choice-check = Nghe ổn. Mình xem bounty này trên trang Open Collective của dự án rồi fork.
open-source-bounty-bounty-choice-check-feedback = Trực giác tốt: ngân sách công khai là thứ bạn tự kiểm tra được. Ở đây mọi thứ đều khớp.
open-source-bounty-bounty-choice-paypal = Nghe ổn, nhưng bỏ qua cái form và gửi qua PayPal được không? Đỡ giấy tờ.
open-source-bounty-bounty-choice-paypal-feedback = Trang công khai mới là cách nhận tiền an toàn: nó ghi lại mọi khoản chi, cho bạn và cho nhà tài trợ. Chuyển khoản riêng thì không để lại dấu vết, và chẳng có ai giúp nếu có chuyện. Người bảo trì từ chối, đúng như một dự án đàng hoàng sẽ làm.
open-source-bounty-bounty-choice-doubt = { MONEY($bounty) } cho một lần sửa lỗi? Nói thật, nghe hơi tốt quá nên khó tin.
open-source-bounty-bounty-choice-doubt-feedback = Câu hỏi hợp lý. Dấu hiệu cảnh báo là tiền cho việc rất ít hoặc không có việc, cộng với hối thúc. Bounty là tiền trả cho việc thật, được review công khai và trả qua một trang công khai.
open-source-bounty-checked = Trên trang Open Collective của dự án: bounty có trong danh sách, do nhà tài trợ cấp tiền, bên cạnh cả năm các khoản đã trả cho những người đóng góp khác.
open-source-bounty-oc-only = xin lỗi, không được đâu. mọi tiền bounty đều qua Open Collective để nhà tài trợ thấy tiền đi đâu. form mất 5 phút thôi, hứa đó

open-source-bounty-doubt-reply = Hỏi đúng đó! Lỗi này khó chịu lắm, hai công ty dùng brindle trong production đã góp tiền để sửa nó. Bạn thấy khoản góp của họ trên trang Open Collective. Không ép gì đâu.
open-source-bounty-doubt-choice-in = Ừ, vậy là rõ. Mình tham gia, tuần này mình bắt đầu sửa.
open-source-bounty-doubt-choice-advance = Hợp lý, nhưng mình muốn được trả bounty trước khi bắt đầu.
open-source-bounty-doubt-choice-advance-feedback = Bounty được trả sau khi merge: tiền là cho bản sửa đã được review và chấp nhận. Ngân sách công khai, có cả năm các khoản chi trước đó để kiểm tra, nên không có gì phải giữ chắc từ trước.
open-source-bounty-doubt-choice-pass = Vẫn nhiều quá cho một lỗi. Mình xin thôi, nhưng cảm ơn bạn đã nghĩ đến mình.
open-source-bounty-no-advance = Xin lỗi, trước khi merge thì không trả được, là luật chung cho mọi người đóng góp. Để lần khác nhé!

open-source-bounty-call = thêm việc này: gọi voice nhanh 15 phút trong kênh voice của server nhé? mình dẫn bạn đi qua bên trong { $bug ->
    [leak] bộ decoder
   *[race] lớp cache
}, tiết kiệm cho bạn mấy tiếng
open-source-bounty-call-elsewhere = Thêm việc này: gọi voice nhanh 15 phút trên Discord của dự án nhé? Bạn chỉ cần vào để gọi thôi. Mình dẫn bạn đi qua bên trong { $bug ->
    [leak] bộ decoder
   *[race] lớp cache
}, tiết kiệm cho bạn mấy tiếng.
open-source-bounty-call-choice-who = Được, mình gọi được. Còn ai khác trong cuộc gọi không, hay chỉ có bạn?
open-source-bounty-call-choice-who-feedback = Hỏi lúc nào cũng được. Ở đây là chính bạn, nói chuyện về code. Dấu hiệu cảnh báo là bị nhờ xuất hiện trong cuộc gọi hay vượt một bước kiểm tra thay cho người khác.
open-source-bounty-call-choice-leave = Gọi voice chỉ vì một bounty à? Vậy là hơi quá với mình. Mình thôi.
open-source-bounty-call-choice-refuse = Mình không gọi với người mình không quen. Bạn viết ra giúp mình được không?
open-source-bounty-call-choice-refuse-feedback = Người bảo trì sẵn lòng viết ra. Nhưng một cuộc gọi mà bạn nói với tư cách chính mình về code là chuyện bình thường; dấu hiệu cảnh báo là gọi hay kiểm tra danh tính thay cho người khác.
open-source-bounty-no-call = np, tối nay mình viết vào issue

open-source-bounty-call-cohost = Cuộc gọi voice: { $maintainer } và một người bảo trì thứ hai, người viết đoạn code gốc, giải thích cho bạn trong 15 phút.
open-source-bounty-call-cohost-after = Cảm ơn bạn đã dành thời gian! Người kia trong nhóm cũng sẽ review PR của bạn, họ rành đoạn code đó nhất.
open-source-bounty-call-solo = Cuộc gọi voice với { $maintainer }, 14 phút, chỉ về code và không gì khác.
open-source-bounty-call-solo-after = cảm ơn, có ích lắm! có PR thì ping mình

open-source-bounty-pr-open = Vài ngày sau, bạn mở một pull request từ fork của mình, kèm bản sửa và một bài test cho lỗi.
open-source-bounty-review = Mình để hai comment nhỏ trong PR, còn lại nhìn rất ổn. Test cho lỗi cũng hay lắm!
open-source-bounty-token = à mà CI chỉ đỏ trên branch của bạn, chuyện lint thôi. dễ nhất: bạn tạo một personal access token cho tài khoản GitHub của bạn rồi gửi DM cho mình, mình tự push bản sửa 🙏
open-source-bounty-token-choice-send = Được, vậy nhanh cho cả hai. Mình tạo một token rồi gửi DM cho bạn ngay.
open-source-bounty-token-choice-send-feedback = Người bảo trì có ý tốt, nhưng ai giữ token là có thể hành động như bạn trên GitHub. Tùy chọn trong chính pull request cho phép người bảo trì chỉnh sửa giúp được y như vậy mà không phải giao tài khoản của bạn.
open-source-bounty-token-choice-short = Ừ, nhưng mình tạo token hết hạn vào ngày mai thôi, cho chắc.
open-source-bounty-token-choice-short-feedback = Hạn ngắn giới hạn thiệt hại, nhưng cho đến lúc đó người khác vẫn hành động được dưới tên bạn. Tùy chọn trong chính pull request cho phép người bảo trì chỉnh sửa là đủ rồi.
open-source-bounty-token-choice-checkbox = Mình không chia sẻ token đâu. Mình sẽ bật cho người bảo trì sửa trong PR.
open-source-bounty-token-choice-checkbox-feedback = Đúng vậy: bản sửa vẫn được push, và tài khoản của bạn vẫn là của bạn. Để ý xem một người bảo trì đàng hoàng nhận lời từ chối nhẹ nhàng thế nào.
open-source-bounty-token-thanks = cảm ơn! đã push bản sửa. giờ mình xóa token luôn, hứa đó
open-source-bounty-token-ok = À đúng rồi, vậy cũng được. Đã push bản sửa.

open-source-bounty-merged = Pull request của bạn đã được duyệt và merge vào nhánh chính của brindle.
open-source-bounty-thanks = Merge rồi 🎉 Cảm ơn bạn, sửa hay lắm! Khi nào tiện thì gửi khoản chi trên Open Collective, bọn mình duyệt thanh toán mỗi tuần một lần.
open-source-bounty-expense = Bạn gửi một khoản chi trên trang Open Collective của dự án: hóa đơn của bạn cho bounty, thông tin nhận tiền điền trong biểu mẫu của chính Open Collective.
open-source-bounty-paid = Open Collective: khoản chi { MONEY($bounty) } của bạn đã được duyệt và thanh toán. Khoản thanh toán được ghi công khai trên trang của dự án.
open-source-bounty-next-bounty = Nếu bạn thích, có một cái lớn hơn: { MONEY($bigger) } để làm lại API async. Quy trình y vậy, trong issues có gắn nhãn “bounty”.
open-source-bounty-more-choice-read = Mình đọc issue trước, rồi nếu nhận thì mình bình luận ở đó.
open-source-bounty-more-choice-read-feedback = Một cách quyết định hợp lý: công việc là công khai, nên bạn đánh giá được khối lượng trước khi nhận.
open-source-bounty-more-choice-contract = Chỉ khi có hợp đồng do dự án ký. Tiền nhiều hơn thì rủi ro cũng nhiều hơn.
open-source-bounty-more-choice-contract-feedback = Bounty chạy theo quy trình mở mà bạn vừa thấy: issue công khai, review công khai, và chi trả qua trang công khai. Đòi hợp đồng có chữ ký chỉ chặn quy trình đó mà không làm bạn an toàn hơn; đọc issue mới là cách đánh giá công việc.
open-source-bounty-more-choice-refuse = Thôi, cảm ơn. Tiền đến dễ thế này, mình thấy có gì đó không ổn.
open-source-bounty-more-choice-refuse-feedback = Bạn đã thấy nó vận hành thế nào: việc thật, review công khai, thanh toán công khai. Thêm việc cùng loại không phải là dấu hiệu cảnh báo mới.
open-source-bounty-no-contract = hm, bounty không có hợp đồng đâu, chỉ có quy trình công khai như lần này. không sao, để lần khác nhé 🙂

open-source-bounty-hired = Bạn đã kiếm được bounty, và còn một cái nữa đang chờ. Discord là máy chủ công khai của dự án, cuộc gọi là về code, tiền đến qua một trang tài trợ công khai cho việc bạn thật sự làm, và tài khoản của bạn vẫn là của bạn.
open-source-bounty-hired-token = Bạn đã kiếm được bounty, và còn một cái nữa đang chờ. Người bảo trì có ý tốt, nhưng ai giữ token cho tài khoản GitHub của bạn là có thể hành động như bạn cho đến khi nó hết hạn hoặc bạn thu hồi. Nếu token vẫn còn, hãy xóa nó trong phần cài đặt GitHub; lần sau, hãy bật cho người bảo trì sửa trong pull request.
open-source-bounty-hired-once = Bạn đã kiếm được bounty, an toàn. Từ chối cái tiếp theo là lựa chọn của bạn; đó vẫn là quy trình công khai như lần đầu.
open-source-bounty-missed = Bạn đã từ chối một bounty đàng hoàng. Cẩn thận là tốt; ở đây Discord là máy chủ công khai của dự án, ngân sách nằm trên trang tài trợ công khai, cuộc gọi chỉ bàn về code, và tiền đến sau việc thật. Lần sau, hãy xem kỹ người ta thực sự nhờ bạn làm gì trước khi bỏ đi.

open-source-bounty-fine-off-platform = Máy chủ Discord là máy chủ công khai của dự án, có link trong README, và bounty vẫn được ghi trong issue. Dấu hiệu cảnh báo sẽ là một người lạ thúc bạn sang chat riêng trước khi thỏa thuận gì.
open-source-bounty-fine-easy-money = Tiền trả cho việc thật: một bản sửa được review công khai và trả qua một trang tài trợ công khai, nơi bạn kiểm tra được ngân sách và các khoản đã trả trước đó. Tiền dễ kiếm là tiền cho việc rất ít hoặc không có việc, thường kèm hối thúc quyết định nhanh.
open-source-bounty-fine-proxy-verification = Trong cuộc gọi, bạn nói với tư cách chính mình, về đoạn code bạn đang sửa. Dấu hiệu cảnh báo là xuất hiện trong cuộc gọi, hay vượt một bước kiểm tra, thay cho người khác.
