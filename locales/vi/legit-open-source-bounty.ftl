# Kịch bản “legit-open-source-bounty”: một maintainer đàng hoàng. Biến: $maintainer (một cái tên),
# $bounty và $bigger (đô la), $bug (leak hoặc race, cho bộ chọn).
# Maintainer viết theo giọng mã nguồn mở thân thiện, thoải mái: rõ ràng, vài emoji, không ép buộc.
# “brindle” là một thư viện mã nguồn mở hư cấu.
# Người chơi luôn xưng “mình” (như trong mọi kịch bản), để cách xưng hô không để lộ đáp án.

legit-open-source-bounty-title = Tiền thưởng cho báo cáo lỗi của bạn
legit-open-source-bounty-summary = Một maintainer của thư viện mã nguồn mở mời bạn nhận tiền thưởng (bounty) cho một lỗi bạn đã báo cáo.
legit-open-source-bounty-cast-maintainer = { $maintainer }

legit-open-source-bounty-mention = { $maintainer } đã nhắc đến bạn trong issue “{ $bug ->
    [leak] Rò rỉ bộ nhớ trong streaming decoder
   *[race] Race condition trong tầng cache
}” của brindle.
legit-open-source-bounty-hello = Chào bạn! Tháng trước bạn đã báo cáo lỗi này, và phân tích của bạn chuẩn không cần chỉnh. Mình là một trong các maintainer của brindle 👋
legit-open-source-bounty-bounty = Bọn mình đã đặt một bounty { MONEY($bounty) } cho lỗi này từ quỹ tài trợ. Nó được niêm yết trên trang Open Collective công khai của dự án. Bạn có muốn nhận không?
legit-open-source-bounty-discord = Bọn mình điều phối các bounty trên Discord công khai của dự án; link mời có trong README. Bạn vào kênh #bounties rồi ping mình ở đó nhé, bàn chi tiết sẽ tiện hơn.

legit-open-source-bounty-move-choice-join = Được, mình sẽ vào qua link trong README.
legit-open-source-bounty-move-choice-join-feedback = Dùng lời mời từ chính README của dự án nghĩa là bạn vào đúng server thật, công khai của dự án, chứ không phải một cuộc chat riêng với người lạ.
legit-open-source-bounty-move-choice-ask = Sẵn lòng. Đó có phải Discord được dẫn link từ README không?
legit-open-source-bounty-move-choice-refuse = Mình muốn giữ mọi thứ ở đây trong issue hơn.
legit-open-source-bounty-move-choice-refuse-feedback = Vậy cũng được, và maintainer cũng vui vẻ đồng ý. Một server công khai của dự án được dẫn link từ README không phải kiểu chuyển kênh đáng lo; một cuộc chat riêng do người lạ hối thúc trước khi có bất kỳ thỏa thuận nào mới đáng lo.
legit-open-source-bounty-move-choice-leave = Tiền từ một người lạ trên GitHub? Nghe như lừa đảo. Mình sẽ lờ đi.

legit-open-source-bounty-readme-reply = Đúng rồi, chính nó, cùng link như trong README. Bounty cũng được ghi ngay tại đây trong issue.
legit-open-source-bounty-stay-issue = Hoàn toàn không sao, vậy mình cứ để ở đây trong issue. Cách làm vẫn y như vậy.
legit-open-source-bounty-joined = Bạn đã vào server của brindle qua link trong README của dự án. Server là công khai, có vài nghìn thành viên.
legit-open-source-bounty-dc-hello = Chào mừng đến với server của brindle! 🎉 Đây là #bounties, mọi thứ bọn mình tài trợ đều được ghim ở đây.

legit-open-source-bounty-how-it-works = Cách làm thế này: bạn sửa lỗi trong fork của mình và mở pull request như mọi contributor khác. Sau khi được merge, bạn gửi yêu cầu thanh toán chi phí kèm hóa đơn trên trang Open Collective của bọn mình, và khoản chi được công khai ở đó.
legit-open-source-bounty-no-access = Bạn không cần quyền truy cập vào bất kỳ tài khoản nào của bọn mình, và bọn mình cũng không bao giờ cần truy cập tài khoản của bạn. Chỉ review code như bình thường thôi 🙂
legit-open-source-bounty-bounty-choice-take = Tuyệt, mình tham gia!
legit-open-source-bounty-bounty-choice-check = Nghe ổn đó. Mình sẽ xem bounty trên trang Open Collective của bạn trước.
legit-open-source-bounty-bounty-choice-check-feedback = Phản xạ tốt: một ngân sách công khai là thứ bạn có thể tự kiểm chứng. Ở đây mọi thứ đều khớp.
legit-open-source-bounty-bounty-choice-doubt = { MONEY($bounty) } cho một lần sửa lỗi? Nghe tốt quá khó tin.
legit-open-source-bounty-bounty-choice-doubt-feedback = Một câu hỏi hợp lý. Dấu hiệu cảnh báo là tiền công cho rất ít hoặc không cần làm gì, cộng với sự hối thúc. Bounty là tiền công cho công việc thật, được review công khai và trả qua một trang công khai.
legit-open-source-bounty-checked = Trên trang Open Collective của dự án: bounty được niêm yết, do các nhà tài trợ đóng góp, bên cạnh cả một năm các khoản chi trước đó cho những contributor khác.

legit-open-source-bounty-doubt-reply = Câu hỏi hợp lý! Đây là một lỗi khó chịu: hai công ty dùng brindle trong production đã góp tiền riêng để lỗi này được sửa. Bạn có thể xem các khoản đóng góp của họ trên trang Open Collective. Bạn quyết thế nào cũng được, không áp lực gì.
legit-open-source-bounty-doubt-choice-in = Ok, vậy thì hợp lý. Mình tham gia.
legit-open-source-bounty-doubt-choice-pass = Vẫn nghe tốt quá khó tin. Mình xin thôi.

legit-open-source-bounty-call = Thêm một việc: mình gọi nhanh 15 phút trong kênh thoại của server được không? Mình muốn giải thích cho bạn cấu trúc bên trong của { $bug ->
    [leak] decoder
   *[race] tầng cache
}, sẽ tiết kiệm cho bạn cả mấy tiếng đồng hồ.
legit-open-source-bounty-call-elsewhere = Thêm một việc: mình gọi thoại nhanh 15 phút trên Discord của dự án được không? Bạn chỉ cần vào để gọi thôi. Mình muốn giải thích cho bạn cấu trúc bên trong của { $bug ->
    [leak] decoder
   *[race] tầng cache
}, sẽ tiết kiệm cho bạn cả mấy tiếng đồng hồ.
legit-open-source-bounty-call-choice-join = Được, giờ mình rảnh.
legit-open-source-bounty-call-choice-who = Được. Còn ai khác tham gia cuộc gọi không?
legit-open-source-bounty-call-choice-who-feedback = Hỏi lúc nào cũng ổn. Ở đây là chính bạn, nói chuyện về code, với tư cách của chính bạn. Dấu hiệu cảnh báo là bị yêu cầu xuất hiện trong một cuộc gọi hoặc vượt qua một bước kiểm tra thay cho người khác.
legit-open-source-bounty-call-choice-refuse = Mình không muốn gọi. Bạn viết ra giúp mình được không?
legit-open-source-bounty-call-choice-refuse-feedback = Maintainer sẵn lòng viết ra. Dù vậy, một cuộc gọi mà bạn nói với tư cách của chính mình về code là chuyện bình thường; dấu hiệu cảnh báo là một cuộc gọi hay bước kiểm tra danh tính thay mặt người khác.
legit-open-source-bounty-no-call = Không sao, tối nay mình sẽ viết ra trong issue.

legit-open-source-bounty-call-cohost = Cuộc gọi thoại: { $maintainer } và một maintainer khác, người đã viết phần code gốc, giải thích cho bạn trong 15 phút.
legit-open-source-bounty-call-cohost-after = Cảm ơn bạn đã dành thời gian! Đồng maintainer của mình cũng sẽ review PR của bạn, người đó hiểu phần code ấy nhất.
legit-open-source-bounty-call-solo = Cuộc gọi thoại với { $maintainer }, 14 phút, chỉ về code và không gì khác.
legit-open-source-bounty-call-solo-after = Cảm ơn, rất hữu ích! Khi nào PR lên thì ping mình nhé.

legit-open-source-bounty-review = Vài ngày sau, trên pull request của bạn: “Mình để lại hai góp ý nhỏ, còn lại thì nhìn rất ổn. Test cho lỗi này cũng hay nữa!”
legit-open-source-bounty-merged = Pull request của bạn đã được duyệt và merge vào nhánh chính của brindle.
legit-open-source-bounty-thanks = Merge rồi 🎉 Cảm ơn bạn, bản sửa rất tuyệt! Khi nào sẵn sàng thì bạn gửi yêu cầu thanh toán trên Open Collective nhé; team duyệt các khoản chi mỗi tuần một lần.
legit-open-source-bounty-expense = Bạn gửi yêu cầu thanh toán chi phí trên trang Open Collective của dự án: hóa đơn cho bounty, với thông tin nhận tiền được nhập trong biểu mẫu của chính Open Collective.
legit-open-source-bounty-paid = Open Collective: yêu cầu thanh toán { MONEY($bounty) } của bạn đã được duyệt và chi trả. Khoản chi được công khai trên trang của dự án.
legit-open-source-bounty-next-bounty = Nếu bạn quan tâm, có một bounty lớn hơn: { MONEY($bigger) } cho việc làm lại async API. Quy trình y như vậy, nó được gắn nhãn “bounty” trong danh sách issue.
legit-open-source-bounty-more-choice-take = Có, mình rất muốn nhận.
legit-open-source-bounty-more-choice-read = Mình sẽ đọc issue trước và bình luận ở đó nếu nhận.
legit-open-source-bounty-more-choice-read-feedback = Một cách quyết định hợp lý: công việc là công khai, nên bạn có thể đánh giá quy mô của nó trước khi cam kết.
legit-open-source-bounty-more-choice-refuse = Không, chuyện này dễ dàng quá rồi. Chắc chắn có gì đó không ổn.
legit-open-source-bounty-more-choice-refuse-feedback = Bạn đã thấy cách nó vận hành: công việc thật, review công khai, và khoản chi công khai. Thêm công việc cùng loại không phải là một dấu hiệu cảnh báo mới.

legit-open-source-bounty-hired = Bạn đã nhận được bounty, và còn một bounty khác đang chờ. Discord là server công khai của dự án, cuộc gọi là về code, và tiền đến qua một trang tài trợ công khai cho công việc bạn thật sự đã làm.
legit-open-source-bounty-hired-once = Bạn đã nhận được bounty, một cách an toàn. Từ chối bounty tiếp theo là lựa chọn của bạn; nó vẫn là quy trình đàng hoàng như lần đầu.
legit-open-source-bounty-missed-early = Bạn đã lờ đi một lời mời đàng hoàng. Cẩn thận với người lạ mời tiền là hợp lý; nhưng ở đây bounty là công khai, server được dẫn link từ README của dự án, và không ai đòi quyền truy cập hay tài khoản. Lần sau, hãy kiểm tra các trang chính thức của dự án trước khi quyết định.
legit-open-source-bounty-missed = Bạn đã từ chối một bounty đàng hoàng. Kiểm tra là tốt; ở đây ngân sách là công khai và tiền công là cho công việc thật. Lần sau, hãy xem trang tài trợ của dự án: nó có thể giải đáp câu hỏi.
