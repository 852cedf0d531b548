# Kịch bản “company-verified”: một nhà tuyển dụng đàng hoàng của công ty phân tích dữ liệu Tidewell
# Analytics tìm thấy người chơi trên LinkedIn và thuê qua Upwork. Bề ngoài giống trò lừa bằng
# công ty bình phong (website bóng bẩy, một đồng nghiệp HR sẵn lòng gọi điện), nhưng kiểm tra
# qua những kênh anh ấy không kiểm soát cho kết quả sạch. Vô hại ở đây: phỏng vấn video, NDA
# trong offer trên Upwork, biểu mẫu thuế trong phần cài đặt Upwork của chính người chơi. Nên từ
# chối mà vẫn giữ được việc: làm tuần đầu trước khi có hợp đồng Upwork, trả bằng chuyển khoản
# ngân hàng trực tiếp.
# “Tidewell Analytics” là tên bịa cho câu chuyện này; giữ nguyên tên trong mọi ngôn ngữ.
# Biến: $recruiter (tên một người đàn ông), $rate (đô la mỗi giờ), $weekday (tuesday hoặc
# thursday). Đồng nghiệp HR gọi điện trong một nhánh là phụ nữ.
# Giọng: thoải mái. Anh ấy nhắn ngắn, thân thiện, vài tin bắt đầu bằng chữ thường, vài emoji,
# chen từ tiếng Anh kiểu dân IT. Không bao giờ để chế giễu.
# Xưng hô: anh ấy xưng “mình”/“bọn mình”, gọi người chơi là “bạn”; người chơi xưng “mình”, gọi
# anh ấy là “anh”. Người kể chuyện gọi người chơi là “bạn”.
# Chữ trong ngoặc vuông là hành động của người chơi, không phải tin nhắn.

company-verified-title = Một hợp đồng React và D3 tại công ty phân tích dữ liệu
company-verified-summary = Một nhà tuyển dụng trên LinkedIn có hợp đồng frontend bốn tháng, thuê qua Upwork.
company-verified-cast-recruiter = { $recruiter }

company-verified-li-request = Yêu cầu nhắn tin mới trên LinkedIn từ { $recruiter }, Talent Partner tại Tidewell Analytics.
company-verified-li-hello = chào bạn, { $recruiter } bên Tidewell đây 👋 bọn mình làm dashboard doanh số cho các nhà bán lẻ tầm trung. thấy mấy chart D3 của bạn trên GitHub, làm sạch sẽ thật
company-verified-li-role = Bọn mình cần một dev frontend trong 4 tháng, React và D3, khoảng 30 giờ mỗi tuần, { MONEY($rate) } một giờ. Mọi người làm hợp đồng với bọn mình đều qua Upwork, nên hợp đồng và thanh toán nằm ở đó.
company-verified-li-site = Nếu bạn muốn biết bọn mình là ai trước: website có đủ hết, trang đội ngũ, khách hàng, case study. Đồng nghiệp bên HR của mình cũng sẵn lòng gọi cho bạn.

company-verified-verify-choice-register = [Tự tra Tidewell trong sổ đăng ký doanh nghiệp và liên hệ qua thông tin ghi ở đó]
company-verified-verify-choice-register-feedback = Đúng. Sổ đăng ký doanh nghiệp, cùng số điện thoại hay địa chỉ bạn tìm thấy ở đó, là những kênh anh ấy không kiểm soát. Website, trang đội ngũ và đồng nghiệp HR thì anh ấy kiểm soát, và công ty bình phong có đủ cả ba.
company-verified-verify-choice-hr-call = Đồng nghiệp HR của anh gọi cho mình là đủ rồi. Mai chị ấy gọi được không anh?
company-verified-verify-choice-hr-call-feedback = Cuộc gọi từ chính đồng nghiệp của anh ấy chỉ xác nhận được câu chuyện của anh ấy: công ty bình phong cũng có người liên hệ HR. Lần này mọi chuyện ổn, nhưng phép kiểm tra có giá trị phải đi qua một kênh anh ấy không kiểm soát, như sổ đăng ký doanh nghiệp.
company-verified-verify-choice-site = [Xem qua website anh ấy nhắc: ảnh đội ngũ, case study. Trả lời rằng bạn quan tâm]
company-verified-verify-choice-site-feedback = Một website bóng bẩy có ảnh đội ngũ và case study chính là thứ công ty bình phong dựng lên: tháng 6 năm 2025, nhà chức trách Mỹ đã thu giữ 21 website như vậy. Ở đây công ty là thật, nhưng riêng website thì không thể cho bạn biết điều đó.

company-verified-check-switchboard = Bạn tự tìm Tidewell Analytics. Một sổ đăng ký doanh nghiệp có tên công ty, đăng ký từ chín năm trước, kèm địa chỉ văn phòng và số điện thoại. Bạn gọi vào số đó; lễ tân nối máy cho bạn gặp { $recruiter }, anh ấy bật cười: tốt lắm, bạn đã kiểm tra.
company-verified-check-email = Bạn tự tìm Tidewell Analytics. Một sổ đăng ký doanh nghiệp có tên công ty, đăng ký từ chín năm trước, và mục đăng ký ghi tên miền website của công ty. Bạn viết tới địa chỉ chung trên tên miền đó để hỏi về { $recruiter }. Chị quản lý văn phòng trả lời từ cùng tên miền: đúng, anh ấy là Talent Partner của họ, và vị trí vẫn đang tuyển.
company-verified-checked-reply = cảm ơn bạn đã kiểm tra bọn mình, thật đấy. nhiều người nên làm vậy hơn. ok, bước tiếp theo nhé!
company-verified-hr-call = Hôm sau, đồng nghiệp HR của Tidewell gọi cho bạn, thân thiện và nắm rõ mọi chuyện, xác nhận tất cả những gì { $recruiter } đã nói. Chị ấy gọi từ số điện thoại ghi trên website của Tidewell.
company-verified-site-ok = tuyệt!! 🙌 vậy mình hẹn lịch phỏng vấn nhé

company-verified-interview = Bước tiếp theo là phỏng vấn video với CTO bên mình và mình, { $weekday ->
    [tuesday] thứ Ba
   *[thursday] thứ Năm
}, 45 phút. Nhờ bạn bật camera nhé, bọn mình làm vậy với mọi ứng viên. Dùng Google Meet, trên trình duyệt hay ứng dụng đều được.
company-verified-interview-choice-accept = { $weekday ->
    [tuesday] Thứ Ba
   *[thursday] Thứ Năm
} mình được anh. Mình bật camera, vào bằng trình duyệt.
company-verified-interview-choice-audio = Chỉ âm thanh thôi được không anh? Với người lạ mình không bật camera.
company-verified-interview-choice-audio-feedback = Phỏng vấn video với tư cách chính bạn, trước khi có hợp đồng, là cách các công ty cẩn thận tuyển người. Dấu hiệu đáng ngờ là khi bạn bị nhờ lên hình thay cho người khác.
company-verified-interview-choice-contract-first = Mình chỉ phỏng vấn khi hợp đồng đã có trên Upwork. Mình bắt đầu từ đó nhé?
company-verified-interview-choice-contract-first-feedback = Công ty gặp người ta trước rồi mới thuê, nên đòi hợp đồng trước là chặn một bước bình thường. Gặp nhau qua video với tư cách chính bạn không có gì rủi ro.

company-verified-not-before = hm, xin lỗi nhé, bọn mình không bao giờ thuê ai mà chưa gặp trước, phỏng vấn là để vậy mà. hẹn dịp khác vậy
company-verified-missed-interview = { $recruiter } đã chọn ứng viên khác. Cẩn thận là tốt, nhưng phỏng vấn video với tư cách chính bạn, trước khi có hợp đồng, là cách các công ty cẩn thận tuyển người, và bạn đã có cách kiểm tra công ty này qua những kênh anh ấy không kiểm soát. Yêu cầu đáng từ chối lẽ ra đến sau: làm tuần đầu ngoài nền tảng.
company-verified-interview-done = { $weekday ->
    [tuesday] Thứ Ba
   *[thursday] Thứ Năm
}: 45 phút có camera với { $recruiter } và CTO của Tidewell. Bạn giới thiệu một dashboard mình đã làm, còn CTO hỏi những câu sắc sảo về cách vẽ hàng nghìn điểm thật nhanh. Họ hứa gửi lời mời trên Upwork.
company-verified-interview-audio = Ok, vậy không camera. Mình sẽ báo CTO, anh ấy thích video hơn nhưng không sao.

company-verified-up-hello = Chào lại bạn, { $recruiter } đây! Lời mời làm việc đã có ở đây trên Upwork, nên mình tiếp tục ở đây nhé.
company-verified-client-account = Lời mời đến từ tài khoản khách hàng của Tidewell trên Upwork: phương thức thanh toán đã xác minh, hàng chục hợp đồng trước đây, và đánh giá của những freelancer từng làm với họ.
company-verified-nda = Trước khi cho bạn xem mô hình dữ liệu của khách hàng: đây là NDA tiêu chuẩn của bọn mình, áp dụng cho dữ liệu và code của khách hàng. Mình đính kèm nó vào offer trên Upwork, bạn ký ở đó nhé.

company-verified-nda-choice-sign = [Đọc NDA trong offer Upwork: chỉ dữ liệu và code của khách hàng. Ký ở đó]
company-verified-nda-choice-paid-first = Mình sẽ ký khi tuần đầu đã được trả tiền, trước đó thì không. Nguyên tắc của mình.
company-verified-nda-choice-paid-first-feedback = NDA được ký trước khi bạn xem dữ liệu của khách hàng, không phải sau một khoản thanh toán, nên điều kiện đó chặn luôn công việc. NDA này chỉ áp dụng cho dữ liệu và code của khách hàng, và nằm trong offer trên Upwork, nền tảng thấy rõ.
company-verified-nda-choice-refuse = Mình không ký NDA cho việc freelance. Dự án cũ của mình có trong portfolio.
company-verified-nda-choice-refuse-feedback = NDA cho dữ liệu của khách hàng, đính kèm hợp đồng trên Upwork, là chuyện thường trong công việc theo hợp đồng. Giữ bí mật chỉ là dấu hiệu đáng ngờ khi bạn bị yêu cầu giấu chính thỏa thuận đó khỏi nền tảng.

company-verified-not-fit = Hmm. Nói thật, không camera mà cũng không NDA thì mình không thuyết phục được CTO. Xin lỗi nhé, chắc bọn mình chọn người khác.
company-verified-missed = Tidewell đã chọn ứng viên khác. Cẩn thận là tốt, nhưng phỏng vấn video với tư cách chính bạn và NDA trong hợp đồng Upwork là phần bình thường của công việc thật, và từ chối cả hai khiến bạn khó được thuê. Yêu cầu đáng từ chối lẽ ra đến sau: làm tuần đầu ngoài nền tảng.
company-verified-nda-public = Ok, vậy bạn bắt đầu với dữ liệu công khai thôi, NDA để sau khi nào bạn thấy thoải mái.

company-verified-first-week = còn một chuyện 🙄 bộ phận mua hàng bên mình mất khoảng một tuần để duyệt mỗi hợp đồng Upwork mới. Hiring manager hỏi bạn có thể bắt đầu từ thứ Hai luôn không: tuần đầu bọn mình trả thẳng bằng chuyển khoản ngân hàng, từ tuần thứ 2 thì mọi thứ qua Upwork.

company-verified-week-choice-wait = Mình muốn bắt đầu khi hợp đồng trên Upwork đã chạy. Lùi ngày bắt đầu một tuần được không anh?
company-verified-week-choice-wait-feedback = Đúng: bạn giữ được việc, và công việc vẫn nằm dưới hợp đồng. Một tuần không có hợp đồng thì không có lịch sử, không có quy trình tranh chấp, dù khách hàng là ai. Và hãy xem anh ấy đón nhận lời từ chối thế nào: một khách hàng đàng hoàng phản ứng như vậy.
company-verified-week-choice-accept = Được anh. Bên anh rõ là công ty thật, nên một tuần chuyển khoản trực tiếp với mình là ổn.
company-verified-week-choice-accept-feedback = Công ty là thật thì bạn tránh được lừa đảo, nhưng không tránh được một tuần không hợp đồng: không lịch sử, không quy trình tranh chấp, không bảo đảm thanh toán. Lùi ngày bắt đầu thì bạn vừa giữ được việc vừa giữ được sự bảo vệ.
company-verified-week-choice-letter = Ok, nếu anh email cho mình một văn bản có chữ ký về tuần đầu, mình bắt đầu thứ Hai.
company-verified-week-choice-letter-feedback = Một văn bản của công ty không phải hợp đồng trên nền tảng: đằng sau nó không có quy trình tranh chấp hay bảo đảm thanh toán. Xin lùi ngày bắt đầu thì bạn vừa giữ được việc vừa giữ được sự bảo vệ.

company-verified-week-wait = Công bằng, bạn nói đúng. Mình sẽ hối bộ phận mua hàng, và mình bắt đầu từ thứ Hai tuần sau đó.
company-verified-week-ok = Tuyệt, cảm ơn bạn! Mình báo hiring manager đây.
company-verified-week-paid = Bạn bắt đầu vào thứ Hai. Tiền công tuần đầu về bằng chuyển khoản ngân hàng, trễ bốn ngày, không có hợp đồng nào đứng sau. Offer trên Upwork đến vào tuần kế tiếp.

company-verified-offer = { $recruiter } đã gửi bạn lời mời hợp đồng trên Upwork từ tài khoản khách hàng của Tidewell: theo giờ, { MONEY($rate) } một giờ, tối đa 30 giờ mỗi tuần.
company-verified-tax = Chào mừng bạn vào team!! 🎉 Thủ tục cuối cùng: kế toán cần thông tin thuế của bạn cho hợp đồng. Bạn điền biểu mẫu thuế trong phần cài đặt Upwork trước hóa đơn đầu tiên nhé. Là cho hợp đồng của chính bạn thôi.

company-verified-tax-choice-settings = Được anh, hôm nay mình sẽ điền biểu mẫu thuế trong cài đặt Upwork.
company-verified-tax-choice-chat = Mình gửi mã số thuế với ảnh giấy tờ tùy thân ngay đây cho nhanh, được không anh?
company-verified-tax-choice-chat-feedback = Biểu mẫu thuế cho hợp đồng của chính bạn thì ổn, nhưng phải trên nền tảng, đúng chỗ của nó. Mã số thuế và ảnh giấy tờ tùy thân trong khung chat chính là thứ cho phép người khác hành động dưới tên bạn, kể cả với một nhà tuyển dụng không bao giờ lạm dụng chúng. Chính anh ấy cũng từ chối.
company-verified-tax-choice-refuse = Thông tin thuế của mình là riêng tư. Không có thì không trả được sao anh?
company-verified-tax-choice-refuse-feedback = Biểu mẫu thuế cho hợp đồng của chính bạn, điền trên nền tảng để nhận tiền của chính bạn, là giấy tờ bình thường. Dấu hiệu đáng ngờ là giấy tờ gửi qua chat hay email, hoặc thông tin cho tài khoản của người khác.

company-verified-tax-chat = ấy đừng, bạn đừng gửi giấy tờ vào chat nhé 🙏 chỉ cần biểu mẫu trong cài đặt Upwork, kế toán sẽ lấy từ đó
company-verified-tax-hold = Hmm, thiếu nó thì kế toán không giải ngân được. Bạn thêm vào Upwork lúc nào cũng được, nhưng tới lúc đó thanh toán phải chờ.
company-verified-tax-done = Bạn điền biểu mẫu thuế trong phần cài đặt Upwork, cho hợp đồng của chính mình. Không có gì gửi qua chat.

company-verified-hired = Bạn đã có hợp đồng, và bạn biết mình đang làm việc với ai: sổ đăng ký doanh nghiệp, một đầu mối liên hệ bạn tự tìm ở đó, và tài khoản khách hàng đã xác minh trên Upwork là những kênh nhà tuyển dụng không kiểm soát. Phỏng vấn, NDA và biểu mẫu thuế là những bước bình thường, còn yêu cầu duy nhất đáng từ chối, một tuần ngoài Upwork, bạn đã từ chối mà không mất việc.
company-verified-hired-side = Bạn đã có hợp đồng, và Tidewell đã trả tiền tuần đầu như đã hứa. Dù vậy, tuần đó diễn ra ngoài Upwork: không hợp đồng, không lịch sử, không quy trình tranh chấp nếu có gì trục trặc. Khi khách hàng đề nghị như thế, hãy xin lùi ngày bắt đầu; một khách hàng đàng hoàng như anh ấy sẽ đồng ý.
company-verified-hired-hold = Bạn đã có hợp đồng, nhưng tiền công phải chờ tới khi biểu mẫu thuế có trong cài đặt Upwork của bạn. Biểu mẫu thuế cho hợp đồng của chính bạn, điền trên nền tảng, là giấy tờ bình thường; thứ nên từ chối là giấy tờ gửi qua chat, hoặc cho tài khoản của người khác.
company-verified-hired-unchecked = Bạn đã có hợp đồng, và Tidewell là thật. Nhưng website và cuộc gọi từ HR của họ không thể chứng minh điều đó: công ty bình phong có cả hai. Tài khoản khách hàng đã xác minh trên Upwork giúp được về sau, còn sổ đăng ký doanh nghiệp cùng đầu mối liên hệ ghi ở đó lẽ ra đã cho bạn biết ngay từ trước buổi phỏng vấn. Lần sau, hãy kiểm tra qua một kênh mà nhà tuyển dụng không kiểm soát.

company-verified-fine-proxy-verification = Phỏng vấn video có camera, với tư cách chính bạn, trước khi có hợp đồng, là cách các công ty cẩn thận tuyển người. Dấu hiệu đáng ngờ là lên hình hay vượt qua bước kiểm tra thay cho người khác.
company-verified-fine-secrecy = Một NDA áp dụng cho dữ liệu và code của khách hàng, đính kèm lời mời hợp đồng trên Upwork, là chuyện thường trong công việc theo hợp đồng. Giữ bí mật là dấu hiệu đáng ngờ khi bạn bị yêu cầu giấu thỏa thuận khỏi nền tảng.
company-verified-fine-identity-docs = Biểu mẫu thuế cho hợp đồng của chính bạn, trong phần cài đặt Upwork của chính bạn, là giấy tờ bình thường và chỉ đến tay nền tảng. Ranh giới là giấy tờ gửi qua chat hay email, hoặc thông tin cho tài khoản của người khác.
